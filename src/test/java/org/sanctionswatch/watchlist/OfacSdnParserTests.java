package org.sanctionswatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.testing.RealData;

class OfacSdnParserTests {

    private static final Path SDN = RealData.of("ofac-sdn/sdn.csv");
    private static final String GOOD_ROW =
            "1,\"GOOD ONE\",\"vessel\",\"DPRK\",-0- ,-0- ,\"General Cargo\",-0- ,-0- ,\"Panama\",-0- ,"
                    + "\"Vessel Registration Identification IMO 1234567.\"\r\n";

    private static List<ListEntry> parsed;

    /** The published list, parsed once; a test that needs it is skipped where it is absent. */
    private static List<ListEntry> entries() {
        RealData.require(SDN);
        return parsed;
    }

    @BeforeAll
    static void parseRealFile() throws IOException, WatchlistFormatException {
        if (!Files.exists(SDN)) {
            return; // the tests that need it say so
        }
        try (InputStream in = Files.newInputStream(SDN)) {
            parsed = new OfacSdnParser().parse(in);
        }
    }

    @Test
    void readsEveryPublishedRecord() {
        assertThat(entries()).hasSize(14_965);
        assertThat(entries()).extracting(ListEntry::entryId).doesNotHaveDuplicates();
        assertThat(entries()).allSatisfy(e -> {
            assertThat(e.list()).isEqualTo(ListEntry.OFAC_SDN);
            assertThat(e.listedOn()).isNull();
        });
    }

    @Test
    void countsPublishedEntryTypes() {
        assertThat(entries()).filteredOn(ListEntry::isVessel).hasSize(851);
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.INDIVIDUAL)).hasSize(6_854);
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.AIRCRAFT)).hasSize(376);
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.ENTITY)).hasSize(6_884);
    }

    @Test
    void findsTheDprkVesselsAndTheirImoNumbers() {
        List<ListEntry> dprkVessels = entries().stream()
                .filter(ListEntry::isVessel)
                .filter(e -> e.inProgramme("DPRK"))
                .toList();

        assertThat(dprkVessels).hasSize(105);
        assertThat(dprkVessels).filteredOn(e -> e.imo() != null).hasSize(104);
        assertThat(dprkVessels).filteredOn(e -> e.imo() == null)
                .extracting(ListEntry::name).containsExactly("RYONG GUN BONG");
        assertThat(dprkVessels).extracting(ListEntry::imo).filteredOn(imo -> imo != null)
                .allMatch(imo -> imo.matches("\\d{7}"));
    }

    @Test
    void ladyRIsARussiaProgrammeVesselWithItsImo() {
        ListEntry ladyR = byName("LADY R");

        assertThat(ladyR.imo()).isEqualTo("9161003");
        assertThat(ladyR.inProgramme("RUSSIA")).isTrue();
        assertThat(ladyR.entryType()).isEqualTo(ListEntry.VESSEL);
        assertThat(ladyR.flag()).isEqualTo("Russia");
        assertThat(ladyR.vesselType()).isEqualTo("Roll-on Roll-off");
    }

    @Test
    void knownRussiaVesselsCarryTheirPublishedImoNumbers() {
        assertThat(byName("ANGARA").imo()).isEqualTo("9179842");
        assertThat(byName("MAIA-1").imo()).isEqualTo("9358010");
        assertThat(byName("SPARTA III").imo()).isEqualTo("9538892");
        assertThat(byName("SPARTA IV").imo()).isEqualTo("9743033");
        assertThat(byName("MARIA").imo()).isEqualTo("8517839");
    }

    @Test
    void readsImoWrittenWithTwoSpaces() {
        assertThat(byName("CHIZHOVKA").imo()).isEqualTo("8730455");
        assertThat(byName("MEKHANIK BRILIN").imo()).isEqualTo("8904408");
    }

    @Test
    void keepsTheImoCompanyNumberOfEntitiesAndNoneOfPeople() {
        assertThat(byName("OCEAN MARITIME MANAGEMENT COMPANY LIMITED").imo()).isEqualTo("1790183");
        assertThat(entries()).filteredOn(e -> e.entryType().equals(ListEntry.INDIVIDUAL))
                .allSatisfy(e -> assertThat(e.imo()).isNull());
    }

    @Test
    void splitsSeveralProgrammes() {
        assertThat(byId("2686").programmes()).containsExactly("SDGT", "SYRIA");
        assertThat(byId("4632").programmes()).containsExactly("IRAN", "SDGT", "IRGC", "IFSR");
    }

    @Test
    void mapsEmptyMarkerToNullAndUntypedToEntity() {
        ListEntry airline = byId("36");

        assertThat(airline.name()).isEqualTo("AEROCARIBBEAN AIRLINES");
        assertThat(airline.entryType()).isEqualTo(ListEntry.ENTITY);
        assertThat(airline.programmes()).containsExactly("CUBA");
        assertThat(airline.remarks()).isNull();
        assertThat(airline.flag()).isNull();
        assertThat(airline.vesselType()).isNull();
        assertThat(airline.aliases()).isEmpty();
    }

    @Test
    void takesAliasesFromRemarks() {
        assertThat(byId("306").aliases()).containsExactly("BNC");
        assertThat(byId("3754").aliases()).containsExactly("ABU-'UMAR");
        assertThat(byId("6925").aliases())
                .containsExactly("AHMED, A.", "KHABAR, Abu", "BAKR, Abu", "FOOPIE", "FUPI", "AHMED THE TANZANIAN");
    }

    @Test
    void skipsAnAliasCutOffByTheRemarksLengthLimit() {
        assertThat(byId("27307").aliases())
                .containsExactly("HIDDEN COBRA", "OFFICE 91", "GUARDIANS OF PEACE", "THE NEW ROMANTIC CYBER ARMY TEAM");
    }

    @Test
    void toleratesTrailingCtrlZAndMissingFinalNewline() throws WatchlistFormatException {
        assertThat(parse(GOOD_ROW + "\u001A")).hasSize(1);
        assertThat(parse(GOOD_ROW.strip())).hasSize(1);
        assertThat(parse(GOOD_ROW.strip() + "\u001A")).hasSize(1);
        assertThat(parse(GOOD_ROW.replace("\r\n", "\n"))).hasSize(1);
    }

    @Test
    void readsQuotedCommasEscapedQuotesAndLineBreaks() throws WatchlistFormatException {
        String row = "7,\"SMITH, John\",\"individual\",\"SDGT] [CUBA\",\"Director\",-0-,-0- ,-0- ,-0- ,-0- ,-0- ,"
                + "\"said \"\"hello\"\",\r\nthen left; a.k.a. 'JS'.\"\r\n";

        ListEntry entry = parse(row).get(0);

        assertThat(entry.name()).isEqualTo("SMITH, John");
        assertThat(entry.entryType()).isEqualTo(ListEntry.INDIVIDUAL);
        assertThat(entry.programmes()).containsExactly("SDGT", "CUBA");
        assertThat(entry.remarks()).isEqualTo("said \"hello\",\nthen left; a.k.a. 'JS'.");
        assertThat(entry.aliases()).containsExactly("JS");
        assertThat(entry.imo()).isNull();
    }

    @Test
    void readsImoOfASyntheticVessel() throws WatchlistFormatException {
        ListEntry entry = parse(GOOD_ROW).get(0);

        assertThat(entry.imo()).isEqualTo("1234567");
        assertThat(entry.flag()).isEqualTo("Panama");
        assertThat(entry.vesselType()).isEqualTo("General Cargo");
    }

    @Test
    void reportsUnterminatedQuoteWithItsLine() {
        String unterminated = "2,\"NO CLOSING QUOTE,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        String csv = GOOD_ROW + unterminated + GOOD_ROW.replace("1,", "3,");

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(csv));

        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).line()).isEqualTo(2);
        assertThat(e.problems().get(0).reason()).contains("unterminated quote");
        assertThat(e.getMessage()).contains("line 2");
    }

    @Test
    void reportsUnterminatedQuoteInTheLastRecord() {
        String csv = GOOD_ROW + "2,\"NO CLOSING QUOTE,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \u001A";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(csv));

        assertThat(e.problems()).extracting(WatchlistFormatException.Problem::line).containsExactly(2L);
        assertThat(e.problems().get(0).reason()).contains("unterminated quote");
    }

    @Test
    void collectsEveryMalformedRecord() {
        String csv = GOOD_ROW
                + "2,\"TOO FEW\",-0- \r\n"
                + GOOD_ROW.replace("1,", "3,")
                + "4,\"BROKEN\"x,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + "5,\"NO CLOSING QUOTE,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
                + GOOD_ROW.replace("1,", "6,")
                + "seven,\"NOT A NUMBER\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";

        WatchlistFormatException e = catchThrowableOfType(WatchlistFormatException.class, () -> parse(csv));

        assertThat(e.problems()).extracting(WatchlistFormatException.Problem::line)
                .containsExactly(2L, 4L, 5L, 7L);
        assertThat(e.problems().get(0).reason()).contains("expected 12 columns but found 3");
        assertThat(e.problems().get(1).reason()).contains("quote");
        assertThat(e.problems().get(1).column()).isEqualTo(11L);
        assertThat(e.problems().get(2).reason()).contains("unterminated quote");
        assertThat(e.problems().get(3).reason()).contains("ent_num");
    }

    private static List<ListEntry> parse(String csv) throws WatchlistFormatException {
        return new OfacSdnParser().parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ListEntry byName(String name) {
        List<ListEntry> found = entries().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).as("entries() named %s", name).hasSize(1);
        return found.get(0);
    }

    private static ListEntry byId(String id) {
        return entries().stream().filter(e -> e.entryId().equals(id)).findFirst().orElseThrow();
    }
}
