package com.marketplace.sellerperformance.signin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code hash-password [--cost N]}: reads a password (asked for twice at a terminal, else the first line of
 * standard input) and prints its bcrypt hash, the value of {@code users.<name>.password-hash}. Runs without
 * starting the service: no database, no port.
 */
public final class HashPasswordCommand {
    public static final String NAME = "hash-password";
    public static final String USAGE = NAME + " [--cost N]   (password from the terminal or the first line of standard input)";

    private HashPasswordCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) throws IOException {
        int cost = PasswordHashes.DEFAULT_COST;
        if (args.length == 2 && args[0].equals("--cost") && args[1].matches("\\d{1,2}")) {
            cost = Integer.parseInt(args[1]);
        } else if (args.length != 0) {
            err.println("usage: " + USAGE);
            return 2;
        }
        if (cost < 4 || cost > 31) {
            err.println("the cost is between 4 and 31 (" + PasswordHashes.DEFAULT_COST + " unless told)");
            return 2;
        }
        String password = read(in, err);
        if (password == null || password.isEmpty()) {
            err.println("no password given");
            return 2;
        }
        out.println(PasswordHashes.hash(password, cost));
        return 0;
    }

    private static String read(InputStream in, PrintStream err) throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("Again: ");
            if (first == null || again == null || !new String(first).equals(new String(again))) {
                err.println("the two passwords differ");
                return null;
            }
            return new String(first);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    }
}
