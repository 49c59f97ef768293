package com.marketplace.sellerperformance.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rule files that try to do more than decide — each in a different place of a rule set — and what
 * each would leave behind had it run: a file or directory under {@link #EVIDENCE}.
 */
public final class ForbiddenRules {
    public static final Path EVIDENCE = Path.of("target", "rule-code-evidence").toAbsolutePath();

    /** A probe: its name, the rule (or function, query, type) the refusal must name, what it reaches, its DRL. */
    public record Probe(String name, String owner, String reference, String drl) {
        public Path evidence() {
            return EVIDENCE.resolve(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ForbiddenRules() {
    }

    private static String at(String name) {
        return EVIDENCE.resolve(name).toString().replace("\\", "/");
    }

    public static List<Probe> all() {
        return List.of(
                new Probe("file", "rule \"r\"", "java.io.File", "package fbaonsite;\nrule \"r\" when then try { new java.io.File(\""
                        + at("file") + "\").createNewFile(); } catch (Exception e) {} end\n"),
                new Probe("process", "rule \"starts a process\"", "java.lang.Runtime", "package fbaonsite;\n"
                        + "rule \"starts a process\"\nwhen\nthen\n    try { Runtime.getRuntime().exec(new String[] {\"mkdir\", \""
                        + at("process") + "\"}).waitFor(); } catch (Exception e) { }\nend\n"),
                new Probe("process-builder", "rule \"builds a process\"", "java.lang.ProcessBuilder", "package fbaonsite;\n"
                        + "rule \"builds a process\"\nwhen\nthen\n    try { new ProcessBuilder(\"mkdir\", \""
                        + at("process-builder") + "\").start().waitFor(); } catch (Exception e) { }\nend\n"),
                new Probe("reflection", "rule \"reflects\"", "java.lang.Class.forName", "package fbaonsite;\n"
                        + "rule \"reflects\"\nwhen\nthen\n    try {\n        Object file = Class.forName(\"java.io.File\")"
                        + ".getConstructor(String.class).newInstance(\"" + at("reflection") + "\");\n"
                        + "        file.getClass().getDeclaredMethod(\"mkdir\").invoke(file);\n"
                        + "    } catch (Exception e) { }\nend\n"),
                new Probe("exit", "rule \"exits\"", "java.lang.System.exit", "package fbaonsite;\n"
                        + "rule \"exits\"\nwhen\nthen\n    System.exit(3);\nend\n"),
                new Probe("socket", "rule \"connects\"", "java.net.Socket", "package fbaonsite;\n"
                        + "rule \"connects\"\nwhen\nthen\n    try { new java.net.Socket(\"127.0.0.1\", 5432).close(); }"
                        + " catch (Exception e) { }\nend\n"),
                new Probe("declared-type", "declared type Probe", "java.io.File", "package fbaonsite;\n"
                        + "declare Probe\n    made : boolean = new java.io.File(\"" + at("declared-type") + "\").mkdir()\nend\n"
                        + "rule \"makes a probe\"\nwhen\nthen\n    insert(new Probe());\nend\n"),
                new Probe("function", "function callOut", "java.io.File", "package fbaonsite;\n"
                        + "function boolean callOut() {\n    return new java.io.File(\"" + at("function") + "\").mkdir();\n}\n"
                        + "rule \"calls a function\"\nwhen\nthen\n    callOut();\nend\n"),
                new Probe("eval", "rule \"evaluates\"", "java.io.File", "package fbaonsite;\n"
                        + "rule \"evaluates\"\nwhen\n    eval(new java.io.File(\"" + at("eval") + "\").mkdir())\nthen\nend\n"),
                new Probe("mvel-dialect", "rule \"in MVEL\"", "java.io.File", "package fbaonsite;\n"
                        + "rule \"in MVEL\"\ndialect \"mvel\"\nwhen\nthen\n    new java.io.File(\"" + at("mvel-dialect")
                        + "\").mkdir();\nend\n"),
                new Probe("constraint", "rule \"constrains\"", "java.io.File", "package fbaonsite;\n"
                        + "rule \"constrains\"\nwhen\n    $d : java.time.LocalDate(new java.io.File(\"" + at("constraint")
                        + "\").mkdir())\nthen\nend\n"));
    }

    /** An empty evidence directory: nothing a probe could have left is there. */
    public static void clearEvidence() {
        try {
            if (Files.isDirectory(EVIDENCE)) {
                try (var paths = Files.walk(EVIDENCE)) {
                    for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(EVIDENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the probes left behind (nothing, when none of them ran). */
    public static List<String> evidence() {
        try (var paths = Files.list(EVIDENCE)) {
            return paths.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
