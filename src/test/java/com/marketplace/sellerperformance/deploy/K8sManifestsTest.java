package com.marketplace.sellerperformance.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.batch.v1.JobSpec;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The manifests under k8s/, rendered by kustomize ({@code kubectl kustomize}) as they would be
 * applied, then read into the Kubernetes API model (fabric8) with unknown fields refused, and held
 * to the deployment rules: probes, limits, non-root, read-only root, no service account token.
 */
class K8sManifestsTest {
    private static final Path K8S = Path.of("k8s");
    private static final String APP = "seller-performance";
    private static final Map<String, List<HasMetadata>> RENDERED = new ConcurrentHashMap<>();

    /** apiVersion/kind → model class: an object of any other kind is refused. */
    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.ofEntries(
            Map.entry("batch/v1/Job", Job.class),
            Map.entry("batch/v1/CronJob", CronJob.class),
            Map.entry("v1/Namespace", Namespace.class),
            Map.entry("v1/ServiceAccount", ServiceAccount.class),
            Map.entry("v1/ConfigMap", ConfigMap.class),
            Map.entry("v1/Secret", Secret.class),
            Map.entry("v1/Service", Service.class),
            Map.entry("apps/v1/Deployment", Deployment.class),
            Map.entry("apps/v1/StatefulSet", StatefulSet.class),
            Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class));

    /** Jackson as the API server reads: a field the schema does not have is an error, not an extra. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Boolean hasAnySetter(Annotated annotated) {
                    return null; // the model's additionalProperties would swallow unknown fields
                }
            })
            .build();

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "jobs/assess-week"})
    void everyRenderedObjectIsValidAgainstTheKubernetesApiModel(String kustomization) {
        List<HasMetadata> objects = render(kustomization);
        assertFalse(objects.isEmpty());
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        JsonNode deployment = new YAMLMapper().readTree(String.join("\n",
                "apiVersion: apps/v1",
                "kind: Deployment",
                "metadata: {name: x}",
                "spec:",
                "  selector: {matchLabels: {a: b}}",
                "  template:",
                "    metadata: {labels: {a: b}}",
                "    spec:",
                "      containers:",
                "        - name: x",
                "          image: x",
                "          livenessProbes: {httpGet: {path: /, port: 8080}}", ""));
        Exception refused = assertThrows(Exception.class, () -> toModel(deployment));
        assertTrue(refused.getMessage().contains("livenessProbes"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod", "jobs/assess-week"})
    void everyContainerHasProbesLimitsAndARestrictedSecurityContext(String kustomization) {
        List<String> problems = new ArrayList<>();
        for (HasMetadata workload : render(kustomization)) {
            PodSpec pod = podSpec(workload);
            if (pod == null) {
                continue;
            }
            String where = workload.getKind() + "/" + workload.getMetadata().getName();
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                problems.add(where + ": the service account token is mounted");
            }
            boolean podNonRoot = pod.getSecurityContext() != null
                    && Boolean.TRUE.equals(pod.getSecurityContext().getRunAsNonRoot());
            Set<String> emptyDirs = pod.getVolumes().stream().filter(v -> v.getEmptyDir() != null)
                    .map(Volume::getName).collect(Collectors.toSet());
            for (Container container : pod.getContainers()) {
                String c = where + " container " + container.getName();
                boolean batch = workload instanceof Job || workload instanceof CronJob; // a run ends: no probes
                if (!batch && (container.getStartupProbe() == null || container.getLivenessProbe() == null
                        || container.getReadinessProbe() == null)) {
                    problems.add(c + ": a startup, liveness or readiness probe is missing");
                }
                var resources = container.getResources();
                if (resources == null || resources.getLimits() == null
                        || !resources.getLimits().keySet().containsAll(Set.of("cpu", "memory"))
                        || resources.getRequests() == null
                        || !resources.getRequests().keySet().containsAll(Set.of("cpu", "memory"))) {
                    problems.add(c + ": cpu and memory requests and limits are not all set");
                }
                var security = container.getSecurityContext();
                if (security == null) {
                    problems.add(c + ": no securityContext");
                    continue;
                }
                if (!podNonRoot && !Boolean.TRUE.equals(security.getRunAsNonRoot())) {
                    problems.add(c + ": may run as root");
                }
                if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                    problems.add(c + ": the root filesystem is writable");
                }
                if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                    problems.add(c + ": privilege escalation is allowed");
                }
                if (security.getCapabilities() == null || !List.of("ALL").equals(security.getCapabilities().getDrop())
                        || !(security.getCapabilities().getAdd() == null || security.getCapabilities().getAdd().isEmpty())) {
                    problems.add(c + ": capabilities are not all dropped");
                }
                boolean writableTmp = container.getVolumeMounts().stream()
                        .anyMatch(m -> m.getMountPath().equals("/tmp") && emptyDirs.contains(m.getName()));
                if (!writableTmp) {
                    problems.add(c + ": /tmp is not an emptyDir");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theServiceIsProbedOnItsHealthEndpointsAndTakesItsCredentialsFromSecrets(String kustomization) {
        Container app = appContainer(render(kustomization));
        assertEquals("/q/health/started", path(app.getStartupProbe()));
        assertEquals("/q/health/live", path(app.getLivenessProbe()));
        assertEquals("/q/health/ready", path(app.getReadinessProbe()));
        List<String> secrets = app.getEnvFrom().stream().filter(e -> e.getSecretRef() != null)
                .map(e -> e.getSecretRef().getName().replaceFirst("-[a-z0-9]{10}$", "")).toList();
        assertEquals(List.of("seller-performance-db", "seller-performance-users", "seller-performance-rabbitmq"), secrets);
        assertTrue(app.getEnv().stream().noneMatch(e -> e.getName().contains("PASSWORD") && e.getValue() != null),
                "a password in plain env");
    }

    @Test
    void theBaseRunsTwoReplicasWithADisruptionBudgetAnAutoscalerAndANetworkPolicy() {
        List<HasMetadata> base = render("base");
        assertEquals(2, one(base, Deployment.class).getSpec().getReplicas());
        assertEquals(1, one(base, PodDisruptionBudget.class).getSpec().getMaxUnavailable().getIntVal());
        HorizontalPodAutoscaler hpa = one(base, HorizontalPodAutoscaler.class);
        assertEquals(2, hpa.getSpec().getMinReplicas());
        assertEquals(APP, hpa.getSpec().getScaleTargetRef().getName());
        assertNotNull(one(base, Service.class));
    }

    /** Prod also reaches its identity provider (HTTPS); base and dev have none. */
    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void theNetworkPolicyLetsInHttpOnlyAndOutPostgresRabbitmqSmtpDnsAndTheIssuerOnly(String kustomization) {
        List<HasMetadata> objects = render(kustomization);
        NetworkPolicy policy = named(objects, NetworkPolicy.class, APP);
        assertEquals(List.of("Ingress", "Egress"), policy.getSpec().getPolicyTypes());
        List<String> in = policy.getSpec().getIngress().stream().flatMap(rule -> rule.getPorts().stream())
                .map(K8sManifestsTest::port).toList();
        assertEquals(List.of("TCP/http"), in);
        Set<String> out = policy.getSpec().getEgress().stream().flatMap(rule -> rule.getPorts().stream())
                .map(K8sManifestsTest::port).collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(Set.of("TCP/5432", "TCP/5672", "TCP/587", "UDP/53", "TCP/53"));
        if (kustomization.equals("overlays/prod")) {
            expected.add("TCP/443");
        }
        assertEquals(expected, out);
        assertEquals(8080, appContainer(objects).getPorts().stream()
                .filter(p -> p.getName().equals("http")).findFirst().orElseThrow().getContainerPort());
    }

    @Test
    void devRunsOneReplicaOfTheJvmImageWithAPostgresqlOfItsOwn() {
        List<HasMetadata> dev = render("overlays/dev");
        Deployment deployment = one(dev, Deployment.class);
        assertEquals(1, deployment.getSpec().getReplicas());
        assertTrue(appContainer(dev).getImage().endsWith(":jvm"));
        assertTrue(dev.stream().noneMatch(HorizontalPodAutoscaler.class::isInstance), "an autoscaler in dev");
        StatefulSet postgres = one(dev, StatefulSet.class);
        assertEquals(1, postgres.getSpec().getVolumeClaimTemplates().size());
        assertTrue(appEnv(dev).get("QUARKUS_DATASOURCE_JDBC_URL").contains(postgres.getMetadata().getName()));
    }

    @Test
    void prodRunsThreeNativeReplicasSpreadOverZonesAndNodesOnAnExternalDatabase() {
        List<HasMetadata> prod = render("overlays/prod");
        Deployment deployment = one(prod, Deployment.class);
        assertEquals(3, deployment.getSpec().getReplicas());
        assertEquals(3, one(prod, HorizontalPodAutoscaler.class).getSpec().getMinReplicas());
        assertTrue(appContainer(prod).getImage().endsWith(":native"));
        assertEquals(Set.of("topology.kubernetes.io/zone", "kubernetes.io/hostname"),
                deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                        .map(c -> c.getTopologyKey()).collect(Collectors.toSet()));
        assertTrue(prod.stream().noneMatch(StatefulSet.class::isInstance), "a database in prod");
        assertTrue(prod.stream().noneMatch(Secret.class::isInstance), "credentials in the repository for prod");
        // The native image serves the rules compiled into it: no policy mounted that it would ignore.
        assertTrue(deployment.getSpec().getTemplate().getSpec().getVolumes().stream()
                .noneMatch(v -> v.getProjected() != null));
    }

    /**
     * Prod signs people and services in through the identity provider (k8s/components/oidc): OIDC on,
     * an HTTPS issuer, the audience checked, and the console's client secret taken from a Secret that
     * is not in the repository.
     */
    @Test
    void prodSignsInThroughTheIdentityProviderWithTheConsolesClientSecretFromASecret() {
        List<HasMetadata> prod = render("overlays/prod");
        Map<String, String> env = appEnv(prod);
        assertEquals("true", env.get("QUARKUS_OIDC_TENANT_ENABLED"));
        assertTrue(env.get("QUARKUS_OIDC_AUTH_SERVER_URL").startsWith("https://"), env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals("seller-performance", env.get("QUARKUS_OIDC_TOKEN_AUDIENCE"));
        assertEquals("seller-performance-console", env.get("QUARKUS_OIDC_CONSOLE_CLIENT_ID"));
        var secret = appContainer(prod).getEnv().stream()
                .filter(e -> e.getName().equals("QUARKUS_OIDC_CONSOLE_CREDENTIALS_SECRET")).findFirst().orElseThrow();
        assertEquals(null, secret.getValue(), "the console's client secret written into the manifest");
        assertEquals("seller-performance-oidc", secret.getValueFrom().getSecretKeyRef().getName());
        assertEquals("console-client-secret", secret.getValueFrom().getSecretKeyRef().getKey());
        assertTrue(prod.stream().noneMatch(Secret.class::isInstance), "credentials in the repository for prod");
        for (String other : List.of("base", "overlays/dev")) {
            assertTrue(appEnv(render(other)).keySet().stream().noneMatch(k -> k.startsWith("QUARKUS_OIDC")), other);
        }
    }

    /**
     * Prod starts the weekly run every Sunday: the indexed Job of k8s/jobs/assess-week (one pod per
     * partition, each told its index), never two at once, the week's file read from its volume.
     */
    @Test
    void prodStartsTheIndexedRunEverySundayNeverTwoAtOnceOnTheWeeksFileFromItsVolume() {
        List<HasMetadata> prod = render("overlays/prod");
        CronJob cron = named(prod, CronJob.class, "assess-week");
        String[] schedule = cron.getSpec().getSchedule().trim().split("\\s+");
        assertEquals(5, schedule.length, cron.getSpec().getSchedule());
        assertTrue(Set.of("0", "7", "SUN", "sun").contains(schedule[4]) && schedule[2].equals("*")
                && schedule[3].equals("*"), "not every Sunday: " + cron.getSpec().getSchedule());
        assertEquals("Forbid", cron.getSpec().getConcurrencyPolicy());
        assertEquals("America/Sao_Paulo", cron.getSpec().getTimeZone());

        JobSpec job = cron.getSpec().getJobTemplate().getSpec();
        JobSpec byHand = one(render("jobs/assess-week"), Job.class).getSpec();
        assertEquals("Indexed", job.getCompletionMode());
        assertEquals(job.getCompletions(), job.getParallelism());
        for (var field : List.<java.util.function.Function<JobSpec, Object>>of(JobSpec::getCompletionMode,
                JobSpec::getCompletions, JobSpec::getParallelism, JobSpec::getBackoffLimitPerIndex,
                JobSpec::getMaxFailedIndexes, j -> j.getTemplate().getSpec().getRestartPolicy(),
                j -> j.getTemplate().getSpec().getVolumes(),
                j -> j.getTemplate().getSpec().getContainers().get(0).getVolumeMounts(),
                j -> j.getTemplate().getSpec().getContainers().get(0).getEnvFrom().stream()
                        .map(e -> e.getConfigMapRef() != null
                                ? "configMap " + e.getConfigMapRef().getName().replaceFirst("-[a-z0-9]{10}$", "")
                                : "secret " + e.getSecretRef().getName()).toList())) {
            assertEquals(field.apply(byHand), field.apply(job), "the CronJob's Job differs from k8s/jobs/assess-week");
        }
        Container run = job.getTemplate().getSpec().getContainers().get(0);
        assertTrue(run.getImage().endsWith(":native"), run.getImage());
        String command = String.join(" ", run.getCommand());
        assertTrue(command.contains("assess-week --input /week/"), command);
        assertTrue(command.contains("--partition $(JOB_COMPLETION_INDEX)/" + job.getCompletions()), command);
        Volume week = job.getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals("week"))
                .findFirst().orElseThrow();
        assertEquals("assessment-weeks", week.getPersistentVolumeClaim().getClaimName());
        assertTrue(run.getVolumeMounts().stream().anyMatch(m -> m.getName().equals("week")
                && m.getMountPath().equals("/week") && Boolean.TRUE.equals(m.getReadOnly())));
    }

    @Test
    void devMountsEveryFileOfRulesAtItsPathThroughOneProjectedVolume() throws IOException {
        List<HasMetadata> dev = render("overlays/dev");
        Container app = appContainer(dev);
        assertEquals("/rules", appEnv(dev).get("RULES_DIR"));
        String volumeName = app.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/rules"))
                .findFirst().orElseThrow().getName();
        Volume volume = one(dev, Deployment.class).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(volumeName)).findFirst().orElseThrow();
        assertNotNull(volume.getProjected(), "the policy is not one projected volume (one ..data swap for all)");

        Map<String, String> mounted = new TreeMap<>();
        for (var source : volume.getProjected().getSources()) {
            ConfigMap configMap = named(dev, ConfigMap.class, source.getConfigMap().getName());
            for (var item : source.getConfigMap().getItems()) {
                String content = configMap.getData().get(item.getKey());
                assertNotNull(content, configMap.getMetadata().getName() + " has no key " + item.getKey());
                assertTrue(mounted.put(item.getPath(), content) == null, "two files at " + item.getPath());
            }
        }
        Map<String, String> files = filesUnder(Path.of("rules"));
        List<String> differences = new ArrayList<>();
        files.keySet().stream().filter(p -> !mounted.containsKey(p)).forEach(p -> differences.add("not mounted: " + p));
        mounted.keySet().stream().filter(p -> !files.containsKey(p)).forEach(p -> differences.add("not in rules/: " + p));
        files.keySet().stream().filter(p -> mounted.containsKey(p) && !mounted.get(p).equals(files.get(p)))
                .forEach(p -> differences.add("other content: " + p));
        assertEquals(List.of(), differences,
                "the mounted policy differs from rules/: run k8s/components/policy/generate.sh");
    }

    // --- rendering and reading ------------------------------------------------------------

    private static List<HasMetadata> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, K8sManifestsTest::renderNow);
    }

    private static final int OLDEST_KUBECTL_MINOR = 27;

    /** kubectl, if one recent enough to render these kustomizations (components, load restrictor) is there. */
    private static String kubectl() {
        String kubectl = System.getenv().getOrDefault("KUBECTL", "kubectl");
        try {
            Process process = new ProcessBuilder(kubectl, "version", "--client", "-o", "json")
                    .redirectErrorStream(true).start();
            JsonNode version = new ObjectMapper().readTree(process.getInputStream().readAllBytes());
            process.waitFor(30, TimeUnit.SECONDS);
            int minor = Integer.parseInt(version.path("clientVersion").path("minor").asText("0").replaceAll("\\D", ""));
            Assumptions.assumeTrue(minor >= OLDEST_KUBECTL_MINOR, "kubectl 1." + minor + " is too old to render k8s/"
                    + " (needs 1." + OLDEST_KUBECTL_MINOR + " or later): the manifests were not checked");
            return kubectl;
        } catch (IOException e) {
            Assumptions.abort("kubectl is not installed (" + e.getMessage() + "): the manifests under k8s/ were not"
                    + " rendered or checked. Install kubectl 1." + OLDEST_KUBECTL_MINOR + " or later, or set KUBECTL.");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<HasMetadata> renderNow(String kustomization) {
        String kubectl = kubectl();
        List<String> command = List.of(kubectl, "kustomize", "--load-restrictor", "LoadRestrictionsNone",
                K8S.resolve(kustomization).toString());
        String yaml;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                fail(String.join(" ", command) + " failed:\n" + err);
            }
            yaml = new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        List<HasMetadata> objects = new ArrayList<>();
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(toModel(document));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(kustomization + " did not render to YAML", e);
        }
        return objects;
    }

    private static HasMetadata toModel(JsonNode document) throws IOException {
        String type = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
        Class<? extends HasMetadata> model = KINDS.get(type);
        if (model == null) {
            fail("unexpected kind " + type + " (add it to KINDS if it is meant)");
        }
        try {
            return STRICT.treeToValue(document, model);
        } catch (IOException e) {
            throw new IOException(type + " " + document.path("metadata").path("name").asText() + ": "
                    + e.getMessage(), e);
        }
    }

    private static PodSpec podSpec(HasMetadata object) {
        if (object instanceof Deployment deployment) {
            return deployment.getSpec().getTemplate().getSpec();
        }
        if (object instanceof StatefulSet statefulSet) {
            return statefulSet.getSpec().getTemplate().getSpec();
        }
        if (object instanceof Job job) {
            return job.getSpec().getTemplate().getSpec();
        }
        if (object instanceof CronJob cronJob) {
            return cronJob.getSpec().getJobTemplate().getSpec().getTemplate().getSpec();
        }
        return null;
    }

    private static Container appContainer(List<HasMetadata> objects) {
        return named(objects, Deployment.class, APP).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(APP)).findFirst().orElseThrow();
    }

    /** The service's environment: its env entries and the literal values of its ConfigMaps. */
    private static Map<String, String> appEnv(List<HasMetadata> objects) {
        Container app = appContainer(objects);
        Map<String, String> env = new TreeMap<>();
        for (var from : app.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                env.putAll(named(objects, ConfigMap.class, from.getConfigMapRef().getName()).getData());
            }
        }
        app.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
        return env;
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> objects, Class<T> type) {
        List<T> found = objects.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "objects of kind " + type.getSimpleName());
        return found.get(0);
    }

    private static <T extends HasMetadata> T named(List<HasMetadata> objects, Class<T> type, String name) {
        return objects.stream().filter(type::isInstance).map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static String port(NetworkPolicyPort port) {
        var value = port.getPort();
        return port.getProtocol() + "/" + (value.getStrVal() != null ? value.getStrVal() : value.getIntVal());
    }

    private static Map<String, String> filesUnder(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
