package com.marketplace.sellerperformance;

import com.marketplace.sellerperformance.fbaonsite.runs.AssessWeekCommand;
import com.marketplace.sellerperformance.signin.HashPasswordCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The packaged service: with no arguments it serves; {@code assess-week --input FILE --partition I/N}
 * decides one partition of a week's file and exits (a Kubernetes Job); {@code hash-password} prints the
 * bcrypt hash of a password for a user's configuration, without starting anything; {@code start-and-stop}
 * starts the service as it serves and stops once it would answer ready: the training start that records
 * the classes of a start into the class cache (src/main/docker/class-cache.sh). The assess-week and
 * start-and-stop commands answer no HTTP requests of their own and leave other runs to the service, so
 * they listen on any free port unless told one.
 */
@QuarkusMain
public class ServiceMain {
    static final String START_AND_STOP = "start-and-stop";

    public static void main(String... args) throws Exception {
        if (args.length > 0 && HashPasswordCommand.NAME.equals(args[0])) {
            System.exit(HashPasswordCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
                    System.err));
        }
        if (args.length > 0 && (AssessWeekCommand.NAME.equals(args[0]) || START_AND_STOP.equals(args[0]))) {
            System.setProperty("runs.worker.enabled", "false");
            if (System.getProperty("quarkus.http.port") == null && System.getenv("QUARKUS_HTTP_PORT") == null) {
                System.setProperty("quarkus.http.port", "0");
            }
        }
        Quarkus.run(Service.class, args);
    }

    public static class Service implements QuarkusApplication {
        @Inject
        AssessWeekCommand assessWeek;

        @Override
        public int run(String... args) throws Exception {
            if (args.length > 0 && AssessWeekCommand.NAME.equals(args[0])) {
                return assessWeek.run(Arrays.copyOfRange(args, 1, args.length));
            }
            if (args.length == 1 && START_AND_STOP.equals(args[0])) {
                return 0;
            }
            if (args.length > 0) {
                System.err.println("usage: (no arguments: serve) | " + AssessWeekCommand.USAGE + " | "
                        + HashPasswordCommand.USAGE + " | " + START_AND_STOP);
                return 2;
            }
            Quarkus.waitForExit();
            return 0;
        }
    }
}
