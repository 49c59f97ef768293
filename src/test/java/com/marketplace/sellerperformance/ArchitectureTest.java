package com.marketplace.sellerperformance;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package structure the service is built on (docs/architecture.md), checked on the main classes:
 * <ul>
 *   <li>programs ({@code fbaonsite}, {@code serviceproviders}) never depend on one another;</li>
 *   <li>the kernels ({@code engine}, {@code facts}, {@code problems}, {@code web}, {@code records}, {@code events})
 *       never depend on a program nor on {@code rulesets}, the application level that joins them;</li>
 *   <li>the error types ({@code problems}) depend on no other package of the service, and HTTP ({@code web}) is
 *       used by resources (and by runs, which read each line as a request body): no service, rule or record
 *       imports it;</li>
 *   <li>the service's {@code main} is the only class of the root package;</li>
 *   <li>a program's REST resources live in its {@code api} package;</li>
 *   <li>{@code engine} depends on no other package of the service but {@code facts};</li>
 *   <li>no package takes part in a cycle, sub-packages of one program included;</li>
 *   <li>fact classes carry no framework: no Quarkus, no JPA, no Drools;</li>
 *   <li>JPA mappings live in {@code persistence} packages only;</li>
 *   <li>a program opens rule sessions only in its {@code rules} package;</li>
 *   <li>the steps of deciding a week (check, periods on record, measurement) know neither one another nor
 *       what sequences them, so a request passes through each once, in order;</li>
 *   <li>settings are read through one {@code @ConfigMapping} per area, named {@code *Config}, never a loose
 *       {@code @ConfigProperty}.</li>
 * </ul>
 */
class ArchitectureTest {
    private static final String ROOT = "com.marketplace.sellerperformance";

    /** One package per program; adding a program is adding its package here. */
    private static final List<String> PROGRAMS = List.of(ROOT + ".fbaonsite..", ROOT + ".serviceproviders..");

    private static final List<String> KERNELS = List.of(ROOT + ".engine..", ROOT + ".facts..", ROOT + ".problems..",
            ROOT + ".web..", ROOT + ".records..", ROOT + ".events..", ROOT + ".notices..");

    private static final String RULESETS = ROOT + ".rulesets..";

    private static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noProgramDependsOnAnotherProgram() {
        List<ArchRule> rules = new ArrayList<>();
        for (String program : PROGRAMS) {
            String[] others = PROGRAMS.stream().filter(other -> !other.equals(program)).toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(program)
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a program depends on the kernels, never on another program"));
        }
        checkAll(rules);
    }

    @Test
    void noKernelDependsOnAProgramOrOnTheRuleSetsAdministration() {
        String[] above = Stream.concat(PROGRAMS.stream(), Stream.of(RULESETS)).toArray(String[]::new);
        noClasses().that().resideInAnyPackage(KERNELS.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(above)
                .because("the kernels (engine, facts, problems, web, records, events) depend on nothing above them")
                .check(MAIN_CLASSES);
    }

    @Test
    void theEngineDependsOnNoPackageOfTheServiceButTheFacts() {
        classes().that().resideInAPackage(ROOT + ".engine..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(ROOT + ".."),
                        resideInAnyPackage(ROOT + ".engine..", ROOT + ".facts..")))
                .because("the engine owns the interfaces others implement (RuleSetStore, ProgramScenarios)")
                .check(MAIN_CLASSES);
    }

    @Test
    void theErrorTypesDependOnNoOtherPackageOfTheService() {
        classes().that().resideInAPackage(ROOT + ".problems..")
                .should().onlyDependOnClassesThat(or(resideOutsideOfPackage(ROOT + ".."),
                        resideInAnyPackage(ROOT + ".problems..")))
                .because("services, rules and records throw them; HTTP maps them to problems, they know nothing of it")
                .check(MAIN_CLASSES);
    }

    @Test
    void onlyResourcesAndHttpDependOnTheWebPackage() {
        // A run reads each line of its file as the single endpoint reads a body, with the same field errors.
        noClasses().that().resideOutsideOfPackages(ROOT + ".web..", "..api..", ROOT + ".rulesets..",
                        ROOT + ".fbaonsite.runs..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".web..")
                .because("what HTTP needs stays in web; a service reports bad input with the problems kernel")
                .check(MAIN_CLASSES);
    }

    @Test
    void theServiceMainIsAloneAtTheRoot() {
        classes().that().resideInAPackage(ROOT)
                .should().haveNameMatching(java.util.regex.Pattern.quote(ROOT + ".ServiceMain") + "(\\$.*)?")
                .because("the root package holds the entry point and nothing else")
                .check(MAIN_CLASSES);
    }

    @Test
    void aProgramsResourcesLiveInItsApiPackage() {
        classes().that().areAnnotatedWith(jakarta.ws.rs.Path.class)
                .and().resideInAnyPackage(PROGRAMS.toArray(String[]::new))
                .should().resideInAPackage("..api..")
                .because("a program's HTTP surface is read in one place: its api package")
                .check(MAIN_CLASSES);
    }

    @Test
    void noPackageTakesPartInACycle() {
        slices().matching(ROOT + ".(**)")
                .should().beFreeOfCycles()
                .because("every package, down to the layers inside a program, depends on others in one direction")
                .check(MAIN_CLASSES);
    }

    @Test
    void factClassesImportNeitherQuarkusNorJpaNorDrools() {
        noClasses().that().resideInAPackage("..facts..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.persistence..",
                        "org.drools..")
                .because("facts are plain Java: the rules, the scenarios and the tests build them without a framework")
                .check(MAIN_CLASSES);
    }

    @Test
    void settingsAreReadThroughOneTypedMappingPerArea() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.eclipse.microprofile.config.inject.ConfigProperty")
                .because("an area's settings are listed once, typed, in its *Config mapping; defaults in application.properties")
                .check(MAIN_CLASSES);
        classes().that().areAnnotatedWith(io.smallrye.config.ConfigMapping.class)
                .should().haveSimpleNameEndingWith("Config")
                .check(MAIN_CLASSES);
    }

    @Test
    void jpaEntitiesLiveOnlyInPersistencePackages() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().resideInAPackage("..persistence..")
                .because("entities are mapped to facts and views at the edges and never enter a rule session")
                .check(MAIN_CLASSES);
    }

    @Test
    void jpaMappedSuperclassesLiveWithTheEntitiesOrInTheSharedRecordsKernel() {
        classes().that().areAnnotatedWith(MappedSuperclass.class).or().areAnnotatedWith(Embeddable.class)
                .should().resideInAnyPackage("..persistence..", "com.marketplace.sellerperformance.records..")
                .because("what maps columns belongs with the entities it maps, or with the records both programs keep")
                .check(MAIN_CLASSES);
    }

    @Test
    void aProgramOpensRuleSessionsOnlyInItsRulesPackage() {
        noClasses().that().resideInAnyPackage(PROGRAMS.toArray(String[]::new))
                .and().resideOutsideOfPackage("..rules..")
                .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".engine.RuleEvaluator")
                .because("what the rules are asked, and how their answers are read, is said once: in the program's rules package")
                .check(MAIN_CLASSES);
    }

    @Test
    void theStepsOfDecidingAWeekKnowNeitherOneAnotherNorTheirSequence() {
        String assessment = ROOT + ".fbaonsite.assessment.";
        List<String> steps = List.of(assessment + "SubmissionCheck", assessment + "PeriodsOnRecord",
                assessment + "WeekMeasurement");
        List<ArchRule> rules = new ArrayList<>();
        for (String step : steps) {
            String others = Stream.concat(steps.stream().filter(other -> !other.equals(step)),
                            Stream.of(assessment + "WeekDecision", assessment + "WeekRecording"))
                    .map(java.util.regex.Pattern::quote).collect(Collectors.joining("|"));
            rules.add(noClasses().that().haveNameMatching(java.util.regex.Pattern.quote(step) + "(\\$.*)?")
                    .should().dependOnClassesThat().haveNameMatching("(" + others + ")(\\$.*)?")
                    .because("WeekDecision takes the steps in order, each once; a step that called another would"
                            + " send a week back through a class it has left"));
        }
        checkAll(rules);
    }

    /** Checks every rule and reports all their violations together. */
    private static void checkAll(List<ArchRule> rules) {
        List<String> failures = new ArrayList<>();
        for (ArchRule rule : rules) {
            try {
                rule.check(MAIN_CLASSES);
            } catch (AssertionError violated) {
                failures.add(violated.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }
}
