package com.marketplace.sellerperformance.fbaonsite.runs;

import java.util.List;

/** Refused lines in line order; {@code nextAfter} is the line to ask after for the next page (null: no more). */
public record RunRejectionPage(List<RunRejection> rejections, Long nextAfter) {
}
