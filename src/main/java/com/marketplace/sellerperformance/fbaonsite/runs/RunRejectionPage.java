package com.marketplace.sellerperformance.fbaonsite.runs;

import java.util.List;
import java.util.UUID;

/** Refused lines in line order; {@code nextAfter} is the line to ask after for the next page (null: no more). */
public record RunRejectionPage(UUID runId, List<RunRejection> rejections, Long nextAfter) {
}
