/**
 * Reading inputs into articles and putting them into an index.
 *
 * <p>API: {@link io.newssearch.ingest.Ingester}, {@link io.newssearch.ingest.IngestReport},
 * {@link io.newssearch.ingest.IngestProgress}, {@link io.newssearch.ingest.IngestListener},
 * {@link io.newssearch.ingest.ReadOutcome}. The readers ({@code JsonLinesReader}, {@code
 * HtmlReader}, {@code InputFiles}, ...) are public for tools and tests but carry no API promise.
 */
package io.newssearch.ingest;
