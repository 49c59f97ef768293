package com.marketplace.sellerperformance.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks every exchange of the REST Assured tests with {@code /api/...} against the OpenAPI document
 * (src/main/resources/META-INF/openapi.yaml): the response always, the request when the service
 * accepted it.
 * <p>
 * A request the document calls invalid that the service answered with a {@code 4xx} is the two
 * agreeing (the hostile-input and bad-input tests send such requests on purpose), so only its
 * response is held to the document. A request the document calls invalid that the service accepted
 * ({@code 2xx}, {@code 3xx}) or failed on ({@code 5xx}) is drift and fails the test. This needs no
 * per-test opt-out, and a test cannot switch the check off for a request the service wrongly takes.
 */
public final class ContractValidationFilter implements Filter {
    static final String DOCUMENT = "META-INF/openapi.yaml";
    private static final String REQUEST_KEYS = "validation.request";

    private static volatile OpenApiInteractionValidator shared;

    private final OpenApiInteractionValidator validator;

    public ContractValidationFilter() {
        this.validator = validator();
    }

    /** One validator for the run: parsing the document is the expensive part. */
    static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = shared;
        if (current == null) {
            synchronized (ContractValidationFilter.class) {
                current = shared;
                if (current == null) {
                    current = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                            .withLevelResolver(LevelResolver.create()
                                    // 405 answers are tested against methods the document rightly lacks.
                                    .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                    shared = current;
                }
            }
        }
        return current;
    }

    static String document() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (!request.getDerivedPath().startsWith("/api/")) {
            return response; // health, metrics, the console and the document itself are not in the contract
        }
        ValidationReport report = validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        List<String> failures = failures(report, response.statusCode()).stream()
                // A streamed body (chunked, read once) cannot be shown to the validator; its response still is.
                .filter(failure -> !(request.getBody() instanceof InputStream
                        && failure.startsWith("validation.request.body.missing")))
                .toList();
        if (!failures.isEmpty()) {
            throw new AssertionError("The exchange " + request.getMethod() + " " + request.getURI() + " → "
                    + response.statusCode() + " does not match the OpenAPI document:\n  "
                    + String.join("\n  ", failures) + "\nResponse body: " + abbreviated(response.asString()));
        }
        return response;
    }

    static List<String> failures(ValidationReport report, int status) {
        boolean rejected = status >= 400 && status < 500;
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(rejected && m.getKey().startsWith(REQUEST_KEYS)))
                .map(m -> m.getKey() + ": " + m.getMessage()
                        + m.getNestedMessages().stream().map(n -> "\n    " + n.getMessage()).collect(Collectors.joining()))
                .toList();
    }

    private static String abbreviated(String body) {
        return body == null || body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
