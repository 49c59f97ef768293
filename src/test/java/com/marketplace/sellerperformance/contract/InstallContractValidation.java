package com.marketplace.sellerperformance.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the {@link ContractValidationFilter} in REST Assured's global filters before every
 * {@code @QuarkusTest} method (registered in META-INF/services), so every request of the suite is
 * checked, whether it starts from a helper or from {@code RestAssured.given()}. It runs in the test's
 * own class loader, where REST Assured's statics live, and again after a test's {@code RestAssured.reset()}.
 */
public class InstallContractValidation implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    public static void install() {
        if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
            RestAssured.filters(new ContractValidationFilter());
        }
    }
}
