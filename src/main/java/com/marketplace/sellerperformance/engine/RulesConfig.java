package com.marketplace.sellerperformance.engine;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Optional;

/** Where the policy lives. Environment: RULES_DIR. */
@ConfigMapping(prefix = "rules")
public interface RulesConfig {

    /**
     * The rules directory, relative to the working directory or absolute. When not set: rules/ if it
     * exists, otherwise the copy packaged (and compiled) at build time.
     */
    Optional<String> dir();

    /** How often the directory is checked for changes (RULES_WATCH_INTERVAL); 0 turns watching off. */
    Duration watchInterval();

    /** The name of {@link #runTimeCompilation()}, read where no mapping can be injected. */
    String RUN_TIME_COMPILATION = "rules.run-time-compilation";

    /**
     * Whether rules may be compiled while running (RULES_RUN_TIME_COMPILATION). Never in a native
     * image, whatever this says; false makes a JVM serve like one: the packaged rules, no watching,
     * and validate, back-test and reload answer 501.
     */
    boolean runTimeCompilation();

    /** The name of {@link Coverage#minimum()}, read where no mapping can be injected (the build, the command line). */
    String COVERAGE_MINIMUM = "rules.coverage.minimum";

    /** How much of the rules the scenarios of rules/tests/ must fire. */
    Coverage coverage();

    interface Coverage {
        /**
         * The percentage of each program's deciding rules that at least one scenario must fire
         * (RULES_COVERAGE_MINIMUM): below it the build fails and a reload is refused; 0 turns the gate off.
         */
        double minimum();
    }
}
