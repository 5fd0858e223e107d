package org.sanctionswatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** OFAC files made to hurt: quotes left open on every line, far too many problems, fields longer than the store's. */
class HostileOfacTests {

    private static final String GOOD_ROW =
            "1,\"GOOD ONE\",\"vessel\",\"DPRK\",-0- ,-0- ,\"General Cargo\",-0- ,-0- ,\"Panama\",-0- ,"
                    + "\"Vessel Registration Identification IMO 1234567.\"\r\n";

    private static WatchlistFormatException refused(OfacSdnParser parser, String text) {
        try {
            parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (WatchlistFormatException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    @Test
    void anOpenQuoteOnEveryLineIsReadInLinearTimeAndTheProblemsAreCapped() {
        int lines = 5_000;
        String hostile = "x\",\"\n".repeat(lines);
        OfacSdnParser parser = new OfacSdnParser();
        WatchlistFormatException e = refused(parser, hostile);
        assertThat(parser.linesRead()).as("each line read a bounded number of times, not once per line before it")
                .isLessThanOrEqualTo((long) (OfacSdnParser.MAX_SPANNED_LINES + 2) * lines);
        assertThat(e.problemCount()).isEqualTo(lines);
        assertThat(e.problems()).hasSize(OfacSdnParser.MAX_LISTED_PROBLEMS);
    }

    @Test
    void aQuoteSpanningAFewLinesIsStillOneValue() throws WatchlistFormatException {
        String spanning = "2,\"TWO\",-0- ,\"DPRK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"first line\nsecond line\"\r\n";
        assertThat(new OfacSdnParser().parse(new ByteArrayInputStream((GOOD_ROW + spanning)
                .getBytes(StandardCharsets.UTF_8)))).hasSize(2)
                .last().satisfies(e -> assertThat(e.remarks()).isEqualTo("first line\nsecond line"));
    }

    @Test
    void fieldsLongerThanTheStoreTakesAreProblemsNamingTheField() {
        String longId = "9".repeat(65) + GOOD_ROW.substring(1);
        assertThat(refused(new OfacSdnParser(), longId).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("ent_num has 65 characters; at most 64"));
        String longType = GOOD_ROW.replace("\"vessel\"", "\"" + "v".repeat(40) + "\"");
        assertThat(refused(new OfacSdnParser(), longType).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("SDN_Type"));
        assertThatThrownBy(() -> new OfacSdnParser().parse(new ByteArrayInputStream(
                ("1,\"" + "N".repeat(1001) + GOOD_ROW.substring(GOOD_ROW.indexOf("\",\"vessel"))).getBytes(
                        StandardCharsets.UTF_8)))).isInstanceOf(WatchlistFormatException.class)
                .hasMessageContaining("SDN_Name has 1001 characters");
    }
}
