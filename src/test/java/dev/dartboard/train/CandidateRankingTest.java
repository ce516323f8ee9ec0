package dev.dartboard.train;

import dev.dartboard.model.DataConfig;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Primitive;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short training runs on the real samples/ tell a capable network from a starved one. */
class CandidateRankingTest {

    @Test
    void aNetworkWithOneChannelRanksBelowARealOneAndScoresAreItsOwnValidationAccuracy() throws Exception {
        // One stem channel through global average pooling leaves the classifier a single number per clip:
        // it cannot separate samples/' classes as a 16-channel network can.
        Genotype starved = new Genotype("starved", DataConfig.defaults(), new Genotype.Stem(1, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.MAX_POOL_3X3, 1, 1)));
        Genotype capable = new Genotype("capable", DataConfig.defaults(), new Genotype.Stem(16, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 16, 1), new Genotype.Layer(Primitive.DW_SEP_3X3, 16, 1)));
        TrainConfig cfg = TrainConfig.defaults(2, 3).withPatience(2);
        List<String> lines = new ArrayList<>();
        List<CandidateRanking.Score> scores = new CandidateRanking(SamplesData.preparer()).rank(SamplesData.SAMPLES, List.of(),
                List.of(new CandidateRanking.Candidate(7, starved), new CandidateRanking.Candidate(9, capable)), cfg, lines::add);
        assertEquals(List.of(9, 7), scores.stream().map(CandidateRanking.Score::id).toList(), scores.toString());
        assertTrue(scores.get(0).valAccuracy() > scores.get(1).valAccuracy());
        assertEquals(2, lines.size());
        // the score is the best validation accuracy of the same training run done directly
        TrainResult direct = new Trainer(cfg, TrainListener.NONE).train(starved, SamplesData.get());
        assertEquals(direct.history().stream().mapToDouble(EpochStats::valAccuracy).max().orElseThrow(), scores.get(1).valAccuracy(), 1e-9);
    }

    @Test
    void halvingRetrainsTheBetterHalfForTwiceTheEpochsAndThatRoundDecides() throws Exception {
        Genotype starved = new Genotype("starved", DataConfig.defaults(), new Genotype.Stem(1, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.MAX_POOL_3X3, 1, 1)));
        Genotype capable = new Genotype("capable", DataConfig.defaults(), new Genotype.Stem(16, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.DW_SEP_3X3, 16, 1)));
        Genotype pooled = new Genotype("pooled", DataConfig.defaults(), new Genotype.Stem(8, 3, 3, 2, 2),
                List.of(new Genotype.Layer(Primitive.AVG_POOL_3X3, 8, 1)));
        TrainConfig cfg = TrainConfig.defaults(1, 3).withPatience(1);
        int cap = 60;
        CandidateRanking ranking = new CandidateRanking(SamplesData.preparer(), cap);
        List<CandidateRanking.Round> rounds = ranking.halving(SamplesData.SAMPLES, List.of(), List.of(
                new CandidateRanking.Candidate(1, starved), new CandidateRanking.Candidate(2, capable),
                new CandidateRanking.Candidate(3, pooled)), cfg, line -> { });
        assertEquals(2, rounds.size());
        assertEquals(List.of(1, 2), rounds.stream().map(CandidateRanking.Round::epochs).toList());
        assertEquals(3, rounds.get(0).scores().size());
        List<Integer> better = rounds.get(0).scores().subList(0, 2).stream().map(CandidateRanking.Score::id).toList();
        assertEquals(better.stream().sorted().toList(), rounds.get(1).scores().stream().map(CandidateRanking.Score::id).sorted().toList(),
                "round 2 holds round 1's better half");
        List<CandidateRanking.Score> order = CandidateRanking.order(rounds);
        assertEquals(rounds.get(1).scores().get(0).id(), order.get(0).id(), "round 2 decides");
        assertEquals(rounds.get(0).scores().get(2).id(), order.get(2).id(), "the dropped candidate comes last");
        // a round-2 score is a direct 2-epoch training on the capped training split
        CandidateRanking.Score top = order.get(0);
        Genotype g = top.id() == 1 ? starved : top.id() == 2 ? capable : pooled;
        TrainResult direct = new Trainer(cfg.withEpochs(2).withPatience(2), TrainListener.NONE).train(g, TrainSubset.cap(
                SamplesData.preparer().prepare(SamplesData.SAMPLES, DataConfig.defaults(), List.of(), 3), cap, 3));
        assertEquals(direct.history().stream().mapToDouble(EpochStats::valAccuracy).max().orElseThrow(), top.valAccuracy(), 1e-9);
        assertEquals(2, top.epochs());
    }
}
