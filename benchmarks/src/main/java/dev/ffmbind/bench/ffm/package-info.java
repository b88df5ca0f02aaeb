/**
 * Hand-written FFM: best practice ({@link HandFfm}) and the usual first attempt ({@link NaiveFfm}).
 */
package dev.ffmbind.bench.ffm;
