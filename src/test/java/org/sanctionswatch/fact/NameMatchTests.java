package org.sanctionswatch.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, numbers and ports compared as an analyst compares them. */
class NameMatchTests {

    private static double alike(String a, String b) {
        return NameMatch.similarity(VesselNames.normalise(a), VesselNames.normalise(b));
    }

    @Test
    void writesRomanNumeralsInArabicFiguresAndDropsInvisibleCharacters() {
        assertThat(VesselNames.normalise("m/v Sparta IV")).isEqualTo("SPARTA 4");
        assertThat(VesselNames.normalise("SPARTA 4")).isEqualTo("SPARTA 4");
        assertThat(VesselNames.normalise("Chon\u200BMyong 1")).isEqualTo("CHONMYONG 1");
        assertThat(VesselNames.normalise("Lady\u0007 R")).isEqualTo("LADY R");
        assertThat(VesselNames.normalise("Xin Yuan XXIX")).isEqualTo("XIN YUAN 29");
        // a one-word name stays a name; a word that is no numeral stays a word
        assertThat(VesselNames.normalise("V")).isEqualTo("V");
        assertThat(VesselNames.normalise("Vivid Mix")).isEqualTo("VIVID MIX");
    }

    @Test
    void findsAVariantOfTheSameNameAlike() {
        assertThat(alike("CHON MYONG 1", "Chonmyong-1")).isEqualTo(1.0);
        assertThat(alike("RYONG GUN BONG", "Ryong Gun Bong")).isEqualTo(1.0);
        assertThat(alike("PAEK MA", "Paekma")).isEqualTo(1.0);
        assertThat(alike("NAM SAN 8", "Namsan 8")).isEqualTo(1.0);
        assertThat(alike("SAM JONG 2", "Sam Jong 2")).isEqualTo(1.0);
        assertThat(alike("YU PHYONG 5", "Yu Pyong 5")).isEqualTo(1.0);
        assertThat(alike("RYONG GUN BONG", "Ryeong Gun Bong")).isEqualTo(1.0);
        assertThat(alike("VOSTOCHNY STAR", "Vostochnyy Star")).isEqualTo(1.0);
    }

    @Test
    void keepsNamesThatDifferInANumberApartHoweverAlikeTheirLetters() {
        assertThat(alike("SPARTA III", "SPARTA IV")).isZero();
        assertThat(alike("SPARTA", "SPARTA IV")).isZero();
        assertThat(alike("CHON MYONG 1", "CHON MYONG 2")).isZero();
        assertThat(alike("007", "7")).isEqualTo(1.0);
    }

    @Test
    void findsDifferentNamesUnalike() {
        assertThat(alike("LADY R", "LADY MARINA")).isLessThan(0.93);
        assertThat(alike("EVER BRIGHT 88", "EVER GLORY 88")).isLessThan(0.93);
    }

    @Test
    void checksTheCheckDigitOfAShipsImoNumber() {
        assertThat(Imo.validShip("9161003")).isTrue();
        assertThat(Imo.validShip("9161004")).isFalse();
        assertThat(Imo.validShip("916100")).isFalse();
        assertThat(Imo.digits("IMO 9161003")).isEqualTo("9161003");
        assertThat(Imo.digits("imo:9161003")).isEqualTo("9161003");
        assertThat(Imo.withCheckDigit("916100")).isEqualTo("9161003");
    }

    @Test
    void namesAWatchedPortByItsLocodeOrAnyOfItsNames() {
        WatchedPort vostochny = new WatchedPort("Vostochny", "RUS", "RUVYP", List.of("Vostochnyy", "Восточный"));
        assertThat(List.of("Vostochny", "VOSTOCHNY", "Port Vostochnyy", "Vostochny Port", "port of vostochny",
                "Восточный", "RUVYP", "RU VYP")).allMatch(vostochny::names);
        assertThat(List.of("Vladivostok", "Port", "RUVVO", "")).noneMatch(vostochny::names);
    }
}
