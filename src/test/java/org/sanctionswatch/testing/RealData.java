package org.sanctionswatch.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real published data (UN Comtrade, OFAC SDN, UN consolidated list) as published, beside the project in
 * {@code ../shared/realdata}. A test that needs it is skipped, saying why, on a clone that has it not.
 */
public final class RealData {

    public static final Path ROOT = Path.of("../shared/realdata");

    private RealData() {
    }

    /** A file or folder of the published data, by its path below {@link #ROOT}. */
    public static Path of(String relative) {
        return ROOT.resolve(relative);
    }

    /** Skips the calling test (or class, from a {@code @BeforeAll}) when the published data is not there. */
    public static Path require(Path path) {
        Assumptions.assumeTrue(Files.exists(path), "the published data is not beside the project: "
                + path.toAbsolutePath().normalize() + " is absent (the real-data tests read ../shared/realdata)");
        return path;
    }
}
