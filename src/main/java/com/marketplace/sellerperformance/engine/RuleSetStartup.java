package com.marketplace.sellerperformance.engine;

import java.nio.file.Path;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import com.marketplace.sellerperformance.config.RulesConfig;
import com.marketplace.sellerperformance.persistence.RuleSetVersionRepository;

/** Compiles the rules directory at start; the service does not start on rules that do not compile. */
@ApplicationScoped
public class RuleSetStartup {
    private static final Logger LOG = Logger.getLogger(RuleSetStartup.class);

    private final RuleSetLoader loader;
    private final ActiveRuleSet active;
    private final RuleSetVersionRepository versions;
    private final RulesConfig config;

    public RuleSetStartup(RuleSetLoader loader, ActiveRuleSet active, RuleSetVersionRepository versions,
                          RulesConfig config) {
        this.loader = loader;
        this.active = active;
        this.versions = versions;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        long started = System.nanoTime();
        RuleSet ruleSet;
        try {
            ruleSet = loader.load(Path.of(config.dir()));
        } catch (RuleSetCompilationException e) {
            LOG.error(e.getMessage());
            throw e;
        }
        versions.remember(ruleSet);
        active.activate(ruleSet);
        LOG.infof("Rule set %s loaded from %s (%d files, programs %s) in %d ms", ruleSet.version(), ruleSet.source(),
                ruleSet.files().size(), ruleSet.programs().keySet(), (System.nanoTime() - started) / 1_000_000);
    }
}
