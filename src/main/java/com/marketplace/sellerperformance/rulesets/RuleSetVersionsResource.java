package com.marketplace.sellerperformance.rulesets;

import com.marketplace.sellerperformance.engine.ActiveRuleSet;
import com.marketplace.sellerperformance.problems.NotFoundException;
import com.marketplace.sellerperformance.web.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** Every rule set version that served decisions, and the files of each, so two versions can be compared. */
@Path("/api/v1/rules/versions")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetVersionsResource {
    private final StoredVersions versions;
    private final ActiveRuleSet active;

    public RuleSetVersionsResource(StoredVersions versions, ActiveRuleSet active) {
        this.versions = versions;
        this.active = active;
    }

    public record VersionSummary(String version, Instant firstLoadedAt, boolean active) {
    }

    public record VersionFiles(String version, boolean active, List<StoredVersions.VersionFile> files) {
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    public List<VersionSummary> versions() {
        String current = active.current().version();
        return versions.all().stream()
                .map(v -> new VersionSummary(v.version(), v.firstLoadedAt(), v.version().equals(current)))
                .toList();
    }

    @RolesAllowed({Roles.VIEWER, Roles.EVALUATOR, Roles.ANALYST, Roles.REVIEWER})
    @GET
    @Path("/{version}")
    public VersionFiles version(@PathParam("version")
                                @Pattern(regexp = "^[0-9a-f]{64}$", message = "must be a rule set version (64 hex digits)")
                                String version) {
        return versions.files(version)
                .map(files -> new VersionFiles(version, version.equals(active.current().version()), files))
                .orElseThrow(() -> new NotFoundException("No rule set version " + version + " is stored"));
    }
}
