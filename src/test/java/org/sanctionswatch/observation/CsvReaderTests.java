package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTests {

    private static List<List<String>> read(String text) throws IOException {
        CsvReader csv = new CsvReader(new StringReader(text));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void readsQuotedCommasEmptyCellsAndEscapedQuotes() throws IOException {
        assertThat(read("a,\"b, c\",,\"say \"\"hi\"\"\"\r\n1,2,3,4\r\n")).containsExactly(
                List.of("a", "b, c", "", "say \"hi\""), List.of("1", "2", "3", "4"));
    }

    @Test
    void skipsALeadingByteOrderMarkAndATrailingCtrlZ() throws IOException {
        assertThat(read("\uFEFFYear,Period\n2011,2011\n\u001A")).containsExactly(List.of("Year", "Period"),
                List.of("2011", "2011"));
    }

    @Test
    void readsALastLineWithoutNewline() throws IOException {
        assertThat(read("a,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsLines() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("h\n\"two\nlines\"\nnext\n"));
        csv.next();
        assertThat(csv.next()).containsExactly("two\nlines");
        assertThat(csv.recordLine()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("next");
        assertThat(csv.recordLine()).isEqualTo(4);
    }

    @Test
    void reportsAFileThatEndsInsideQuotes() {
        assertThatThrownBy(() -> read("a,b\n1,\"cut off"))
                .isInstanceOfSatisfying(CsvSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                });
    }
}
