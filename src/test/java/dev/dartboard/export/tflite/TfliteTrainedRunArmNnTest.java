package dev.dartboard.export.tflite;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dartboard.cli.ExportCommand;
import dev.dartboard.data.Example;
import dev.dartboard.data.PreparedData;
import dev.dartboard.export.RunExporter;
import dev.dartboard.export.TrainedRun;
import dev.dartboard.model.Split;
import dev.dartboard.quant.Int8Interpreter;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.QuantModelStore;
import dev.dartboard.train.RunStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The exported model.tflite of a run trained on samples/, run by Arm NN on the test split's features: Int8Interpreter's argmax. */
class TfliteTrainedRunArmNnTest {
    @TempDir Path work;

    @Test
    void armNnAgreesWithTheInterpreterOnTestClips() throws Exception {
        assumeTrue(ArmNn.available(), "skipped: /usr/bin/python3 cannot import pyarmnn (apt-get install python3-pyarmnn)");
        ObjectMapper mapper = new ObjectMapper();
        Path run = TrainedRun.quantized(), out = work.resolve("export");
        TrainedRun.exec(new ExportCommand(), "--run", run.toString(), "--out", out.toString(), "--format", "tflite");
        QuantModel q = new QuantModelStore(mapper).load(run);
        PreparedData d = dev.dartboard.cli.TestAccess.preparer(Path.of(TrainedRun.CACHE))
                .prepare(TrainedRun.SAMPLES, q.dataConfig(), new RunStore(mapper).labels(run).targets(), 1);
        List<byte[]> inputs = new ArrayList<>();
        float[] x = new float[d.table().rowLength()];
        for (Example e : d.plan().of(Split.TEST)) {
            if (d.table().rowOf(e.source()) < 0) continue;
            d.table().copyRow(d.table().rowOf(e.source()), x, 0);
            inputs.add(q.quantizeInput(x));
        }
        List<List<int[]>> arm = ArmNn.run(out.resolve(RunExporter.TFLITE), inputs, work);
        Int8Interpreter int8 = new Int8Interpreter(q);
        int agree = 0, worst = 0;
        for (int k = 0; k < inputs.size(); k++) {
            byte[] ours = int8.logits(inputs.get(k));
            int[] theirs = arm.get(k).get(0);
            int best = 0;
            for (int i = 0; i < theirs.length; i++) {
                worst = Math.max(worst, Math.abs(theirs[i] - ours[i]));
                if (theirs[i] > theirs[best]) best = i;
            }
            if (best == Int8Interpreter.argmax(ours)) agree++;
        }
        System.out.printf("trained run: Arm NN argmax %d/%d, worst logit difference %d LSB%n", agree, inputs.size(), worst);
        assertEquals(inputs.size(), agree, "Arm NN (float CpuRef) vs the integer reference on " + inputs.size() + " test clips");
    }
}
