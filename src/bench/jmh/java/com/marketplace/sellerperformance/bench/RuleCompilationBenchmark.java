package com.marketplace.sellerperformance.bench;

import com.marketplace.sellerperformance.engine.RuleFile;
import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What compiling the FBA Onsite rules of rules/ at run time costs (a reload, a validation, a
 * back-test): the service's way (executable model, then the check on the compiled code) against,
 * as the baseline, the classic DRL compiler it used before, which interprets conditions (MVEL) and
 * so could not be checked on bytecode.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleCompilationBenchmark {
    private List<RuleFile> fbaOnsite;
    private int round;

    @Setup
    public void readTheRules() throws IOException {
        Path rules = Path.of(System.getProperty("rules.dir", "rules"));
        try (Stream<Path> paths = Files.list(rules.resolve("fba-onsite"))) {
            fbaOnsite = new ArrayList<>();
            for (Path drl : paths.filter(path -> path.toString().endsWith(".drl")).sorted().toList()) {
                fbaOnsite.add(new RuleFile(rules.relativize(drl).toString().replace('\\', '/'), Files.readString(drl)));
            }
        }
    }

    @Benchmark
    public RuleSet executableModelAndCheck() {
        return new RuleSetCompiler().compile("bench", fbaOnsite);
    }

    @Benchmark
    public KieBase classicBaseline() {
        KieServices kieServices = KieServices.Factory.get();
        ReleaseId releaseId = kieServices.newReleaseId("bench", "classic", "1." + round++);
        KieFileSystem fileSystem = kieServices.newKieFileSystem().generateAndWritePomXML(releaseId);
        fbaOnsite.forEach(file -> fileSystem.write("src/main/resources/" + file.path(), file.content()));
        List<Message> errors = kieServices.newKieBuilder(fileSystem).buildAll().getResults()
                .getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.toString());
        }
        KieBase base = kieServices.newKieContainer(releaseId).getKieBase();
        kieServices.getRepository().removeKieModule(releaseId);
        return base;
    }
}
