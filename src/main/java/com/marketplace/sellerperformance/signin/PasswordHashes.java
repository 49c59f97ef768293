package com.marketplace.sellerperformance.signin;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Passwords are kept as bcrypt hashes in modular-crypt form ({@code $2a$10$<salt><hash>}): salted, and
 * slow by a cost that grows with hardware. Elytron (Quarkus's security library) hashes and checks them.
 */
public final class PasswordHashes {
    /** The cost of new hashes: 2^10 rounds, about a tenth of a second on one core. */
    public static final int DEFAULT_COST = 10;

    private PasswordHashes() {
    }

    public static String hash(String password, int cost) {
        return BcryptUtil.bcryptHash(password, cost);
    }

    public static boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, readable(hash));
    }

    /** The cost of a bcrypt hash, or an exception saying why the text is not one. */
    public static int cost(String hash) {
        try {
            Password password = ModularCrypt.decode(readable(hash));
            if (password instanceof BCryptPassword bcrypt) {
                return bcrypt.getIterationCount();
            }
        } catch (InvalidKeySpecException | RuntimeException e) {
            // not modular crypt at all: said below
        }
        throw new IllegalArgumentException("is not a bcrypt hash ($2a$, $2b$ or $2y$ followed by the cost)");
    }

    /**
     * {@code $2b$} (what most bcrypt libraries write today) differs from {@code $2a$} and {@code $2y$} only in
     * how old implementations treated passwords over 255 bytes; Elytron reads the latter two.
     */
    private static String readable(String hash) {
        return hash.startsWith("$2b$") ? "$2y$" + hash.substring(4) : hash;
    }
}
