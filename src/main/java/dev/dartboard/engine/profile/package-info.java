/**
 * Native time per op type of a SameDiff graph, through ND4J's listener hooks ({@link dev.dartboard.engine.profile.OpProfile});
 * used by the search benchmark ({@code nas.bench.DartsBench}, env PROFILE=1).
 */
package dev.dartboard.engine.profile;
