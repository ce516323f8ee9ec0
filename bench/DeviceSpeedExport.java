/*
 * Exports the models of bench/device-speed.sh as C libraries (one folder each under the given
 * directory, with an inputs.h of one quantized input for the QEMU driver): the first three of
 * QemuLatencyTest.genotypes() (DS-CNN-S and two genotypes with other op kinds: 3x3 convolutions, pools,
 * 5x5 depthwise, inverted residuals with ADD, an 8 kHz front end) and DS-CNN-S with the Q15 front end,
 * built as the tests build them (TestModels: He-initialised random weights, min/max calibration on 64
 * random inputs): the instruction counts depend on shapes and quantization, not on training. layers.est:
 * the model card's per-layer estimate (KernelCycles.layers: op, kernel family, instructions).
 *
 *   java -cp target/classes:target/test-classes:$(cat target/classpath.txt) bench/DeviceSpeedExport.java OUT_DIR
 */

import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.export.csource.QemuLatencyTest;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FrontEndArithmetic;
import dev.dartboard.model.Genotype;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.cost.KernelCycles;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.TestModels;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class DeviceSpeedExport {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/device-speed");
        List<Genotype> gs = new ArrayList<>(QemuLatencyTest.genotypes().subList(0, 3));
        Genotype ds = gs.get(0);
        gs.add(new Genotype(ds.name() + "-q15", ds.dataConfig().withArithmetic(FrontEndArithmetic.Q15), ds.stem(), ds.layers()));
        for (Genotype g : gs) {
            FloatModel fm = TestModels.withRandomWeights(new GenotypeLowering().lower(g, QemuLatencyTest.LABELS), 5);
            int size = fm.input()[0] * fm.input()[1];
            QuantModel q = TestModels.quantized(fm);
            Path dir = out.resolve(g.name());
            new CSourceExporter().export(q, dir);
            byte[] x = q.quantizeInput(TestModels.inputs(7, 1, size).get(0));
            StringBuilder b = new StringBuilder("#include <stdint.h>\n#include \"kws.h\"\n#define QEMU_INPUT_COUNT 1\n"
                    + "static const int8_t qemu_inputs[1][KWS_INPUT_SIZE] = {{");
            for (int i = 0; i < x.length; i++) b.append(i > 0 ? "," : "").append(x[i]);
            Files.writeString(dir.resolve("inputs.h"), b.append("}};\n"));
            StringBuilder est = new StringBuilder();   // the model card's per-layer estimate, in kernel-call order
            for (KernelCycles.Layer l : KernelCycles.layers(fm))
                est.append(l.op()).append(' ').append(l.kernel()).append(' ').append(l.instructions()).append('\n');
            Files.writeString(dir.resolve("layers.est"), est);
            long macs = q.ops().stream().mapToLong(o -> o.macs()).sum();
            System.out.println(g.name() + " " + macs);
        }
    }
}
