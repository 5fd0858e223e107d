package org.sanctionswatch;

import java.util.Arrays;
import org.sanctionswatch.backtest.BacktestCommand;
import org.sanctionswatch.rules.RulesCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The service; or, with a first argument, a command that runs without a server: {@code backtest …},
 * {@code check-rules [DIR]}, {@code keys …} or {@code people …}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SanctionsWatchApplication {

    static {
        // H2 keeps a cache of recent values to share equal ones, hashing every text it is given: a load's JSON
        // payloads, which never repeat, cost its one writer about a tenth of its time for nothing. Set before H2
        // reads its settings, for the whole JVM; a -Dh2.objectCache given on the command line wins. In a JVM that
        // used H2 before this class loaded (a test run, a benchmark), H2 keeps what it read then.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("backtest") || args[0].equals("check-rules")
                || args[0].equals("keys") || args[0].equals("people"))) {
            quietLogs();
        }
        if (args.length > 0 && args[0].equals("backtest")) {
            System.exit(BacktestCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("check-rules")) {
            System.exit(RulesCheck.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        if (args.length > 0 && args[0].equals("keys")) {
            System.exit(org.sanctionswatch.security.KeyCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("people")) {
            System.exit(org.sanctionswatch.security.PeopleCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(SanctionsWatchApplication.class, args);
    }

    /** Commands print their own results; library logs below WARN would bury them. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
                instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
