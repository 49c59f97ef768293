package com.marketplace.sellerperformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

/** The training start of the class cache: the service starts as it serves, rules loaded, and stops by itself. */
@QuarkusMainTest
class StartAndStopTest {

    @Test
    @Launch("start-and-stop")
    void startsWithItsRulesAndStopsByItself(LaunchResult result) {
        assertEquals(0, result.exitCode());
        assertTrue(result.getOutput().contains("Rule set "), result.getOutput());
    }
}
