package com.marketplace.sellerperformance.rulesets.shadow;

import com.marketplace.sellerperformance.engine.RuleSet;
import com.marketplace.sellerperformance.engine.RuleSetCompiler;
import com.marketplace.sellerperformance.engine.RuleSetReloader;
import com.marketplace.sellerperformance.engine.RuleSetStore;
import com.marketplace.sellerperformance.engine.ShadowRuleSet;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Installs and removes the shadow rule set. Its files are kept with the other versions (rule_set_version)
 * and its installation in shadow_rule_set, so a restarted replica compiles it again and goes on comparing.
 */
@ApplicationScoped
public class ShadowInstallation {
    private static final Logger LOG = Logger.getLogger(ShadowInstallation.class);

    private final RuleSetCompiler compiler;
    private final RuleSetStore versions;
    private final ShadowStore store;
    private final ShadowRuleSet shadow;

    public ShadowInstallation(RuleSetCompiler compiler, RuleSetStore versions, ShadowStore store, ShadowRuleSet shadow) {
        this.compiler = compiler;
        this.versions = versions;
        this.store = store;
        this.shadow = shadow;
    }

    /**
     * The draft compiled and checked as for validate (compile errors and refused rule code are thrown),
     * without its scenarios: a challenger is expected to decide differently. It replaces any shadow before it.
     */
    public synchronized ShadowStore.Installation install(Map<String, String> files, String by) {
        RuleSet compiled = compiler.compileDraft(files);
        // Microseconds: the installation is named by this instant in PostgreSQL too.
        ShadowStore.Installation installation = new ShadowStore.Installation(compiled.version(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), by);
        versions.remember(compiled);
        store.install(installation);
        shadow.install(new ShadowRuleSet.Installed(compiled, installation.since(), by));
        LOG.infof("Shadow rule set %s installed by %s", compiled.version(), by);
        return installation;
    }

    public synchronized void remove(String by) {
        shadow.remove();
        store.remove();
        LOG.infof("Shadow rule set removed by %s", by);
    }

    /** After the active set: the shadow installed before the restart, compiled again from its stored files. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        store.installed().ifPresent(installation -> {
            if (!RuleSetReloader.canCompileAtRunTime()) {
                LOG.warnf("Shadow rule set %s not compared: rules cannot be compiled in this image",
                        installation.version());
                return;
            }
            try {
                RuleSet compiled = compiler.compileStored(installation.version(),
                        versions.files(installation.version()).orElseThrow());
                shadow.install(new ShadowRuleSet.Installed(compiled, installation.since(), installation.by()));
                LOG.infof("Shadow rule set %s (installed %s by %s) compares again", installation.version(),
                        installation.since(), installation.by());
            } catch (RuntimeException e) {
                LOG.errorf(e, "Shadow rule set %s could not be compiled again; it does not compare until installed again",
                        installation.version());
            }
        });
    }
}
