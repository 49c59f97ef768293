package com.marketplace.sellerperformance.web;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body limit of {@link BodySizeLimit} for bodies whose length is not declared (chunked): at
 * most one byte past the limit is read before the request is refused with the same 413 problem.
 */
@Provider
public class StreamedBodySizeLimit implements ReaderInterceptor {
    private final long maxBytes;

    public StreamedBodySizeLimit(WebConfig config) {
        this.maxBytes = config.maxBodyBytes();
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        InputStream body = context.getInputStream();
        if (body != null && !BodySizeLimit.isStream(String.valueOf(context.getMediaType()))) {
            byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (read.length > maxBytes) {
                throw BodySizeLimit.tooLarge("The body has more than " + maxBytes + " bytes", maxBytes);
            }
            if (read.length > 0) { // an empty body stays as the reader knows it
                context.setInputStream(new ByteArrayInputStream(read));
            }
        }
        return context.proceed();
    }
}
