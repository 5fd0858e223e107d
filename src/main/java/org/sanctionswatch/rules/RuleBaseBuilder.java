package org.sanctionswatch.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.sanctionswatch.system.Completions;
import org.sanctionswatch.fact.Provisions;
import org.sanctionswatch.fact.Wording;
import org.sanctionswatch.system.Sha256;

/**
 * Builds a KieBase from every {@code .drl} under a folder with the classic (non-executable-model) build, which gives
 * the clearest error messages and generates no code at build time.
 */
public final class RuleBaseBuilder {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final AtomicReference<Early> EARLY = new AtomicReference<>();
    private static final AtomicLong EARLY_TAKEN = new AtomicLong();

    private record Early(String hash, CompletableFuture<CompiledRules> build) {
    }

    private RuleBaseBuilder() {
    }

    /**
     * Reads the DRL files of a folder, its alerts' wording ({@link Wording#FILE}) and the provisions they cite
     * ({@link Provisions#FILE}): relative path to content, in a stable order.
     */
    public static Map<String, String> readFolder(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".drl") || dir.resolve(Wording.FILE).equals(f)
                    || dir.resolve(Provisions.FILE).equals(f)).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules folder " + dir.toAbsolutePath(), e);
        }
        return files;
    }

    /**
     * Starts compiling DRL sources on a thread of its own, so that the compilation overlaps other start-up work; a
     * later {@link #buildOrTakeEarly} of the same sources takes the result. One early build is kept at a time.
     */
    public static void buildEarly(Map<String, String> drlFiles) {
        String hash = hash(drlFiles);
        Early pending = EARLY.get();
        if (pending != null && pending.hash().equals(hash)) {
            return;
        }
        CompletableFuture<CompiledRules> future = new CompletableFuture<>();
        EARLY.set(new Early(hash, future));
        Thread t = new Thread(() -> {
            try {
                future.complete(build(drlFiles));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "rules-early-build");
        t.setDaemon(true);
        t.start();
    }

    /** The rule base of these sources: the early build when one was started for them (once), else a new build. */
    public static CompiledRules buildOrTakeEarly(Map<String, String> drlFiles) {
        Early early = EARLY.getAndSet(null);
        if (early == null || !early.hash().equals(hash(drlFiles))) {
            return build(drlFiles);
        }
        EARLY_TAKEN.incrementAndGet();
        return Completions.join(early.build());
    }

    /** How many early builds were taken (a measure of whether start-up overlapped the compilation). */
    static long earlyBuildsTaken() {
        return EARLY_TAKEN.get();
    }

    public static CompiledRules build(Path dir) {
        return build(readFolder(dir));
    }

    /**
     * Compiles DRL sources (relative path to content) and reads the wording of their alerts ({@link Wording#FILE},
     * when there is one); throws with every error when they do not compile or a template does not fit its rule.
     */
    public static CompiledRules build(Map<String, String> files) {
        Map<String, String> drlFiles = new TreeMap<>(files);
        String wordingText = drlFiles.remove(Wording.FILE);
        String provisionsText = drlFiles.remove(Provisions.FILE);
        List<Wording.Problem> wordingProblems = new ArrayList<>();
        Wording wording = wordingText == null ? Wording.NONE : Wording.parse(wordingText, wordingProblems);
        List<RuleProblem> readProblems = new ArrayList<>(wordingProblems.stream()
                .map(p -> new RuleProblem(Wording.FILE, p.line(), 0, p.message())).toList());
        Provisions provisions = provisionsText == null ? Provisions.NONE : provisions(provisionsText, readProblems);
        if (!readProblems.isEmpty()) {
            throw new RuleCompilationException(readProblems);
        }
        if (drlFiles.isEmpty()) {
            throw new RuleCompilationException(List.of(new RuleProblem("", 0, 0, "no .drl files found")));
        }
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("org.sanctionswatch", "rules", "1.0." + BUILDS.incrementAndGet());
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        // Facts are immutable records replaced whole on revision, so property reactivity buys nothing here.
        KieModuleModel module = ks.newKieModuleModel();
        module.setConfigurationProperty("drools.propertySpecific", "ALLOWED");
        module.newKieBaseModel("rules").setDefault(true).newKieSessionModel("session").setDefault(true);
        kfs.writeKModuleXML(module.toXML());
        drlFiles.forEach((path, content) -> kfs.write("src/main/resources/" + path, content));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String file = m.getPath() == null ? "" : m.getPath().replaceFirst("^src/main/resources/", "");
            problems.add(new RuleProblem(file, m.getLine(), m.getColumn(), m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleCompilationException(problems);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        KieBase kieBase = container.getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        List<String> names = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                names.add(rule.getName());
            }
        }
        names.sort(null);
        return new CompiledRules(kieBase, hash(files), List.copyOf(names), wording, provisions);
    }

    /** The provisions table: every entry with an id and a summary, a provision that is a breach with its instrument. */
    private static Provisions provisions(String text, List<RuleProblem> problems) {
        List<Provisions.Provision> all = new ArrayList<>();
        try {
            tools.jackson.databind.JsonNode root = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(text);
            int i = 0;
            for (tools.jackson.databind.JsonNode p : root.path("provisions")) {
                String id = p.path("id").asString("");
                boolean breach = p.path("breach").asBoolean(true);
                if (id.isBlank() || p.path("summary").asString("").isBlank()
                        || (breach && p.path("instrument").asString("").isBlank())) {
                    problems.add(new RuleProblem(Provisions.FILE, 0, 0, "provisions[" + i + "] needs an id, a summary "
                            + "and, for a breach, its instrument"));
                }
                all.add(new Provisions.Provision(id, p.path("instrument").asString(""),
                        p.path("paragraph").asString(""), p.path("summary").asString(""), p.path("url").asString(""),
                        breach));
                i++;
            }
        } catch (tools.jackson.core.JacksonException e) {
            problems.add(new RuleProblem(Provisions.FILE, 0, 0, "is not JSON: " + e.getOriginalMessage()));
        }
        return new Provisions(all);
    }

    static String hash(Map<String, String> drlFiles) {
        List<String> parts = new ArrayList<>();
        drlFiles.forEach((path, content) -> {
            parts.add(path);
            parts.add(content);
        });
        return Sha256.ofParts(parts);
    }
    /** The stable id in a rule's name: "TRADE-001 Dual-use ..." gives "TRADE-001". */
    public static String ruleId(String ruleName) {
        int space = ruleName.indexOf(' ');
        return space < 0 ? ruleName : ruleName.substring(0, space);
    }
}
