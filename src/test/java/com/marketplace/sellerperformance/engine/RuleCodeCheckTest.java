package com.marketplace.sellerperformance.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.ForbiddenRules;
import com.marketplace.sellerperformance.testing.ForbiddenRules.Probe;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Compiled rule code is held to what deciding needs: each way out is refused with its file, rule and
 * reference, and leaves nothing behind; the policy and the tests' rule sets pass untouched.
 */
class RuleCodeCheckTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    @BeforeAll
    static void noEvidenceYet() {
        ForbiddenRules.clearEvidence();
    }

    static List<Probe> probes() {
        return ForbiddenRules.all();
    }

    @ParameterizedTest
    @MethodSource("probes")
    void aRuleThatReachesBeyondDecidingIsRefusedAndNothingOfItRuns(Probe probe) {
        List<RuleFile> files = List.of(new RuleFile("fba-onsite/measure/probe.drl", probe.drl()));
        RuleCodeRefusedException refused = assertThrows(RuleCodeRefusedException.class,
                () -> compiler.compile("draft", files));
        RuleCodeRefusal first = refused.refusals().get(0);
        assertEquals("fba-onsite/measure/probe.drl", first.file(), refused.getMessage());
        assertEquals(probe.owner(), first.rule(), refused.getMessage());
        assertTrue(refused.refusals().stream().anyMatch(r -> r.reference().startsWith(probe.reference())),
                refused.getMessage());
        assertTrue(first.line() > 0, refused.getMessage());
        assertEquals(List.of(), ForbiddenRules.evidence());
    }

    @Test
    void aCompiledClassNamedLikeOneOfTheServiceIsRefused() throws IOException {
        // Drools resolves such a declared name to the service's class itself; were a class of that name
        // generated all the same, the service's own would be loaded in its place, unchecked.
        String path = "com/marketplace/sellerperformance/facts/Holiday.class";
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            bytes = in.readAllBytes();
        }
        assertEquals(List.of(new CompiledRuleCheck.Finding("com/marketplace/sellerperformance/facts/Holiday", null,
                        "the name of the service's class com.marketplace.sellerperformance.facts.Holiday")),
                CompiledRuleCheck.forbidden(Map.of(path, bytes), CompiledRuleCheck.newLayout()));
    }

    @Test
    void aDeclaredTypeAFunctionAQueryAndAnMvelConsequenceThatOnlyDecidePass() {
        String drl = """
                package fbaonsite;
                import java.math.BigDecimal;
                import java.util.List;
import java.util.Map;
                declare Note
                    text : String = "noted " + java.time.LocalDate.of(2026, 1, 1)
                    amount : BigDecimal = new BigDecimal("1.5")
                end
                function String label(Note note) {
                    return note.getText().toUpperCase() + " " + List.of(1, 2).size();
                }
                query "all notes"
                    $n : Note(text != null)
                end
                rule "a note"
                when
                    eval(Math.max(1, 2) == 2)
                then
                    Note note = new Note();
                    insert(note);
                end
                rule "labels"
                dialect "mvel"
                when
                    $n : Note(amount.compareTo(BigDecimal.ONE) > 0)
                then
                    $n.setText(label($n));
                    update($n);
                end
                """;
        RuleSet compiled = compiler.compile("draft", List.of(new RuleFile("fba-onsite/measure/notes.drl", drl)));
        assertTrue(compiled.programs().containsKey("fba-onsite"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"rules", "src/test/resources/fixed-rules"})
    void thePolicyAndTheFixedRulesPass(String directory) {
        RuleSet compiled = compiler.compile(directory, RuleSetLoader.readFiles(Path.of(directory)));
        assertTrue(compiled.programs().containsKey("fba-onsite"));
        assertTrue(compiled.programs().containsKey("services"));
    }
}
