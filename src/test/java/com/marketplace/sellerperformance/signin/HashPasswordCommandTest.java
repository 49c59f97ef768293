package com.marketplace.sellerperformance.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code hash-password} prints a bcrypt hash the service accepts for the password it read. */
class HashPasswordCommandTest {

    private static String[] run(String input, String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = HashPasswordCommand.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8).strip(),
                err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void theHashOfTheFirstLineOfInputAtCostTen() throws Exception {
        String[] result = run("s3cret pass\nignored\n");
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].startsWith("$2a$10$"), result[1]);
        assertTrue(PasswordHashes.matches("s3cret pass", result[1]));
        assertEquals(10, PasswordHashes.cost(result[1]));
    }

    @Test
    void aCostCanBeChosen() throws Exception {
        assertEquals(12, PasswordHashes.cost(run("pw\n", "--cost", "12")[1]));
    }

    @Test
    void noPasswordNoHash() throws Exception {
        String[] result = run("");
        assertEquals("2", result[0]);
        assertEquals("", result[1]);
    }
}
