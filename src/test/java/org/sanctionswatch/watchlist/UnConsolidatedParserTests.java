package org.sanctionswatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.testing.RealData;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class UnConsolidatedParserTests {

    private static final Path CONSOLIDATED = RealData.of("un-consolidated/consolidated.xml");

    private static List<ListEntry> parsed;

    /** The published list, parsed once; a test that needs it is skipped where it is absent. */
    private static List<ListEntry> entries() {
        RealData.require(CONSOLIDATED);
        return parsed;
    }

    @BeforeAll
    static void parseRealFile() throws IOException, WatchlistFormatException {
        if (!Files.exists(CONSOLIDATED)) {
            return; // the tests that need it say so
        }
        try (InputStream in = Files.newInputStream(CONSOLIDATED)) {
            parsed = new UnConsolidatedParser().parse(in);
        }
    }

    @Test
    void readsEveryPublishedRecord() {
        assertThat(entries()).hasSize(875);
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.INDIVIDUAL)).hasSize(682);
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.ENTITY)).hasSize(193);
        assertThat(entries()).extracting(ListEntry::entryId).doesNotHaveDuplicates();
        assertThat(entries()).allSatisfy(e -> {
            assertThat(e.list()).isEqualTo(ListEntry.UN_CONSOLIDATED);
            assertThat(e.listedOn()).isNotNull();
            assertThat(e.programmes()).hasSize(1);
        });
    }

    @Test
    void countsTheDprkRecords() {
        List<ListEntry> dprk = entries().stream().filter(e -> e.programmes().equals(List.of("DPRK"))).toList();

        assertThat(dprk).hasSize(155);
        assertThat(dprk).filteredOn(e -> e.entryType().equals(ListEntry.INDIVIDUAL)).hasSize(80)
                .allMatch(e -> e.entryId().startsWith("KPi."));
        assertThat(dprk).filteredOn(e -> e.entryType().equals(ListEntry.ENTITY)).hasSize(75)
                .allMatch(e -> e.entryId().startsWith("KPe."));
    }

    @Test
    void readsOceanMaritimeManagement() {
        ListEntry omm = byId("KPe.020");

        assertThat(omm.name()).startsWith("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED")
                .isEqualTo("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)");
        assertThat(omm.entryType()).isEqualTo(ListEntry.ENTITY);
        assertThat(omm.inProgramme("DPRK")).isTrue();
        assertThat(omm.listedOn()).isEqualTo(LocalDate.of(2014, 7, 28));
        assertThat(omm.imo()).isEqualTo("1790183");
        assertThat(omm.aliases()).contains("East Sea Shipping Company");
        assertThat(omm.remarks()).contains("Chong Chon Gang");
    }

    @Test
    void joinsNamePartsAndReadsAliases() {
        ListEntry anwari = byId("TAi.005");

        assertThat(anwari.name()).isEqualTo("MUHAMMAD TAHER ANWARI");
        assertThat(anwari.aliases()).containsExactly(
                "Mohammad Taher Anwari", "Muhammad Tahir Anwari", "Mohammad Tahre Anwari", "Haji Mudir");
        assertThat(anwari.listedOn()).isEqualTo(LocalDate.of(2001, 2, 23));
        assertThat(anwari.programmes()).containsExactly("Taliban");
        assertThat(anwari.imo()).isNull();
    }

    @Test
    void includesTheFourthName() {
        assertThat(byId("TAi.016").name()).isEqualTo("ALLAH DAD TAYEB WALI MUHAMMAD");
    }

    @Test
    void readsListingDateWithAZoneSuffix() {
        assertThat(byId("TAi.173").listedOn()).isEqualTo(LocalDate.of(2015, 3, 27));
    }

    @Test
    void skipsEmptyAliases() {
        assertThat(entries()).flatExtracting(ListEntry::aliases).allMatch(a -> !a.isBlank());
    }

    @Test
    void keepsImoForEntitiesOnly() {
        assertThat(entries()).filteredOn(e -> e.imo() != null).isNotEmpty()
                .allMatch(e -> e.entryType().equals(ListEntry.ENTITY));
    }

    @Test
    void readsASyntheticRecord() throws WatchlistFormatException {
        String xml = "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
                + "<FIRST_NAME> KIM </FIRST_NAME><SECOND_NAME/><THIRD_NAME>IL  SONG</THIRD_NAME>"
                + "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999</REFERENCE_NUMBER>"
                + "<LISTED_ON>2016-03-02T00:00:00</LISTED_ON><COMMENTS1>IMO 1234567</COMMENTS1>"
                + "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME/></INDIVIDUAL_ALIAS>"
                + "<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Kim &amp; Co</ALIAS_NAME></INDIVIDUAL_ALIAS>"
                + "<INDIVIDUAL_PLACE_OF_BIRTH><COUNTRY>X</COUNTRY></INDIVIDUAL_PLACE_OF_BIRTH>"
                + "</INDIVIDUAL></INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>";

        ListEntry entry = parse(xml).get(0);

        assertThat(entry.name()).isEqualTo("KIM IL SONG");
        assertThat(entry.aliases()).containsExactly("Kim & Co");
        assertThat(entry.listedOn()).isEqualTo(LocalDate.of(2016, 3, 2));
        assertThat(entry.remarks()).isEqualTo("IMO 1234567");
        assertThat(entry.imo()).isNull();
    }

    @Test
    void refusesDoctypeWithExternalEntity() {
        String xml = "<?xml version='1.0'?>\n"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&e;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("DOCTYPE not allowed"));
        assertThat(e.getMessage()).doesNotContain("root:");
    }

    @Test
    void neverReadsTheFileAnExternalEntityNames(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + "<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&e;</FIRST_NAME>"
                + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("DOCTYPE not allowed").doesNotContain("TOP-SECRET-CONTENT");
    }

    @Test
    void refusesExternalDtd() {
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">\n<CONSOLIDATED_LIST/>";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml));

        assertThat(e.problems()).extracting(WatchlistFormatException.Problem::reason)
                .containsExactly("DOCTYPE not allowed");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesBillionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version='1.0'?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int level = 1; level <= 9; level++) {
            String ref = "&lol" + (level - 1) + ";";
            xml.append("<!ENTITY lol").append(level).append(" \"").append(ref.repeat(10)).append("\">\n");
        }
        xml.append("]>\n<CONSOLIDATED_LIST><ENTITIES><ENTITY><FIRST_NAME>&lol9;</FIRST_NAME>")
                .append("<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></ENTITY></ENTITIES></CONSOLIDATED_LIST>");

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml.toString()));

        assertThat(e.problems()).extracting(WatchlistFormatException.Problem::reason)
                .containsExactly("DOCTYPE not allowed");
    }

    @Test
    void reportsTruncatedXmlWithLineAndColumn() {
        String xml = "<?xml version='1.0'?>\n<CONSOLIDATED_LIST>\n  <INDIVIDUALS>\n    <INDIVIDUAL>\n"
                + "      <FIRST_NAME>A</FIRST_NAME>\n      <REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER>\n    </INDIVI";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isNotNull().isPositive();
            assertThat(p.reason()).startsWith("malformed XML");
        });
        assertThat(e.getMessage()).contains("line 7");
    }

    @Test
    void reportsTheLineWhereTheRealFileWasCutOff() throws IOException {
        byte[] whole = Files.readAllBytes(RealData.require(CONSOLIDATED));
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        String prefix = new String(cut, StandardCharsets.UTF_8);
        long lines = prefix.chars().filter(c -> c == '\n').count() + 1;

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class,
                () -> new UnConsolidatedParser().parse(new ByteArrayInputStream(cut)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(lines);
            assertThat(p.reason()).startsWith("malformed XML");
        });
    }

    @Test
    void collectsEveryRecordWithABadValue() {
        String xml = "<CONSOLIDATED_LIST><INDIVIDUALS>\n"
                + "<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME><REFERENCE_NUMBER>KPi.1</REFERENCE_NUMBER>"
                + "<LISTED_ON>soon</LISTED_ON></INDIVIDUAL>\n"
                + "<INDIVIDUAL><FIRST_NAME>B</FIRST_NAME><REFERENCE_NUMBER>KPi.2</REFERENCE_NUMBER>"
                + "<LISTED_ON>2016-03-02</LISTED_ON></INDIVIDUAL>\n"
                + "<INDIVIDUAL><FIRST_NAME>C</FIRST_NAME><LISTED_ON>2016-03-02</LISTED_ON></INDIVIDUAL>\n"
                + "</INDIVIDUALS></CONSOLIDATED_LIST>";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(xml));

        assertThat(e.problems()).extracting(WatchlistFormatException.Problem::line).containsExactly(2L, 4L);
        assertThat(e.problems().get(0).reason()).contains("KPi.1", "LISTED_ON");
        assertThat(e.problems().get(1).reason()).contains("REFERENCE_NUMBER");
    }

    private static List<ListEntry> parse(String xml) throws WatchlistFormatException {
        return new UnConsolidatedParser().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static ListEntry byId(String id) {
        return entries().stream().filter(e -> e.entryId().equals(id)).findFirst().orElseThrow();
    }
}
