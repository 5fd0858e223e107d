package org.sanctionswatch.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VesselNamesTests {

    @Test
    void dropsMotorVesselPrefixAndTrailingPunctuation() {
        assertThat(VesselNames.normalise("m/v Lady R.")).isEqualTo("LADY R");
    }

    @Test
    void turnsHyphensIntoSpaces() {
        assertThat(VesselNames.normalise("Sparta-IV")).isEqualTo("SPARTA 4");
        assertThat(VesselNames.normalise("MAIA-1")).isEqualTo("MAIA 1");
    }

    @Test
    void dropsEveryCommonPrefix() {
        assertThat(VesselNames.normalise("MV Angara")).isEqualTo("ANGARA");
        assertThat(VesselNames.normalise("M.V. Angara")).isEqualTo("ANGARA");
        assertThat(VesselNames.normalise("M.V.ANGARA")).isEqualTo("ANGARA");
        assertThat(VesselNames.normalise("M/T Chon Ma San")).isEqualTo("CHON MA SAN");
        assertThat(VesselNames.normalise("MT Yu Jong 2")).isEqualTo("YU JONG 2");
        assertThat(VesselNames.normalise("SS Great Britain")).isEqualTo("GREAT BRITAIN");
        assertThat(VesselNames.normalise("M/S Maria")).isEqualTo("MARIA");
    }

    @Test
    void keepsPrefixLettersThatBelongToTheName() {
        assertThat(VesselNames.normalise("MTK-1")).isEqualTo("MTK 1");
        assertThat(VesselNames.normalise("SSANGYONG")).isEqualTo("SSANGYONG");
        assertThat(VesselNames.normalise("MVULA")).isEqualTo("MVULA");
        assertThat(VesselNames.normalise("MT")).isEqualTo("MT");
    }

    @Test
    void stripsAccentsAndCollapsesSpaces() {
        assertThat(VesselNames.normalise("  S\u00E9\u00F1ora   D\u00F3\u00F1a ")).isEqualTo("SENORA DONA");
        assertThat(VesselNames.normalise("K\u00F8benhavn")).isEqualTo("KOBENHAVN");
    }

    @Test
    void removesApostrophesWithoutSplittingWords() {
        assertThat(VesselNames.normalise("People's Friend")).isEqualTo("PEOPLES FRIEND");
        assertThat(VesselNames.normalise("ST. VITAMIN")).isEqualTo("ST VITAMIN");
    }

    @Test
    void equalNamesNormaliseAlike() {
        assertThat(VesselNames.normalise("m/v Lady R.")).isEqualTo(VesselNames.normalise("LADY R"));
    }

    @Test
    void leavesNullAsNull() {
        assertThat(VesselNames.normalise(null)).isNull();
        assertThat(VesselNames.normalise(" .- ")).isEmpty();
    }
}
