package org.sanctionswatch.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ParameterFilesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ParameterSet parse(String json) {
        return ParameterFiles.parse(JSON.readTree(json), "test");
    }

    @Test
    void readsAGradeAsText() {
        ParameterSet set = parse("""
                {"parameters": [{"key": "MIL-001.minGrade", "type": "grade", "value": "C3"},
                                {"key": "MIL-002.minGrade", "type": "grade", "value": ""}]}""");
        assertThat(set.byKey().get("MIL-001.minGrade").text()).isEqualTo("C3");
        assertThat(set.byKey().get("MIL-002.minGrade").text()).isEmpty();
    }

    @Test
    void rejectsAGradeOutsideTheScales() {
        assertThatThrownBy(() -> parse("""
                {"parameters": [{"key": "MIL-001.minGrade", "type": "grade", "value": "G7"}]}"""))
                .isInstanceOf(ParameterFileException.class)
                .hasMessageContaining("MIL-001.minGrade: a grade is a reliability A-F and a credibility 1-6");
    }

    @Test
    void changesATextParameterByKey() {
        ParameterSet set = ParameterFiles.read(Path.of("rules/parameters.json"))
                .withText("TRADE-001.minGrade", "B2");
        assertThat(set.byKey().get("TRADE-001.minGrade").text()).isEqualTo("B2");
        assertThatThrownBy(() -> set.withText("nope", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
