package org.sanctionswatch.observation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Processor time of this JVM's threads, user and system, from Linux's {@code /proc/self/task}: the JVM's own threads
 * (garbage collection, the JIT compilers) as well as the service's. The difference of two readings shows where a
 * stage's time went on a machine whose cores it shares; empty where there is no {@code /proc}. Only threads alive at
 * the second reading are counted (a thread that ended in between is missed), and times are in Linux's usual clock
 * ticks of 1/100 s.
 */
final class ThreadTimes {

    /** One thread's user and system time, in clock ticks of 1/100 s. */
    private record Ticks(String name, long user, long system) {
    }

    private final Map<String, Ticks> byTask;

    private ThreadTimes(Map<String, Ticks> byTask) {
        this.byTask = byTask;
    }

    static ThreadTimes read() {
        Map<String, Ticks> byTask = new HashMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new ThreadTimes(byTask);
        }
        try (Stream<Path> list = Files.list(tasks)) {
            for (Path task : list.toList()) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException ended) {
                    continue; // the thread ended while the list was read
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String[] fields = stat.substring(close + 2).split(" ");
                byTask.put(task.getFileName().toString(), new Ticks(stat.substring(open + 1, close),
                        Long.parseLong(fields[11]), Long.parseLong(fields[12])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ThreadTimes(byTask);
    }

    /**
     * The time each kind of thread spent since {@code before} (threads of a pool counted together, their numbers
     * left out of the name), most first, those over a tenth of a second, with the total; the system share in brackets.
     */
    String since(ThreadTimes before) {
        Map<String, long[]> byKind = new TreeMap<>();
        long user = 0;
        long system = 0;
        for (Map.Entry<String, Ticks> e : byTask.entrySet()) {
            Ticks now = e.getValue();
            Ticks then = before.byTask.get(e.getKey());
            long u = now.user() - (then == null ? 0 : then.user());
            long s = now.system() - (then == null ? 0 : then.system());
            long[] sum = byKind.computeIfAbsent(kind(now.name()), k -> new long[2]);
            sum[0] += u;
            sum[1] += s;
            user += u;
            system += s;
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.1f s (system %.1f s):", (user + system)
                / 100.0, system / 100.0));
        List<Map.Entry<String, long[]>> kinds = byKind.entrySet().stream()
                .filter(e -> e.getValue()[0] + e.getValue()[1] >= 10)
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .toList();
        for (Map.Entry<String, long[]> e : kinds) {
            out.append(String.format(Locale.ROOT, " %s %.1f (%.1f);", e.getKey(),
                    (e.getValue()[0] + e.getValue()[1]) / 100.0, e.getValue()[1] / 100.0));
        }
        return out.toString();
    }

    /**
     * Threads of one kind under one name: "GC Thread#1" and "GC Thread#0" are "GC Thread", "load-writer-1" is
     * "load-writer", and Linux's names, cut to 15 characters, make "http-nio-auto-1-exec-3" "http-nio-auto-1", which
     * is "http-nio-auto".
     */
    static String kind(String name) {
        return name.replaceAll("#\\d+$", "").replaceAll("-\\d+(-exec)?-\\d+$", "").replaceAll("-\\d+$", "")
                .strip();
    }
}
