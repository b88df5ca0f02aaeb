/** Generates docs/performance.md from JMH's JSON ({@link PerformanceReport}). */
package dev.ffmbind.bench.report;
