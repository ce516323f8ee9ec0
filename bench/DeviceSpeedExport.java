/*
 * Exports the models of bench/device-speed.sh as C libraries (one folder each under the given
 * directory, with an inputs.h of one quantized input for the QEMU driver): DS-CNN-S and two genotypes
 * of the search space with other op kinds (3x3 convolutions, pools, 5x5 depthwise, inverted residuals
 * with ADD, an 8 kHz front end). He-initialised random weights, min/max calibration on 64 random
 * inputs: the instruction counts depend on shapes and quantization, not on training. layers.est: the
 * model card's per-layer estimate (KernelCycles.layers: op, kernel family, instructions).
 *
 *   java -cp target/classes:$(cat target/classpath.txt) bench/DeviceSpeedExport.java OUT_DIR
 */

import dev.dartboard.export.csource.CSourceExporter;
import dev.dartboard.model.DataConfig;
import dev.dartboard.model.FeatureType;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;
import dev.dartboard.model.Genotype.Layer;
import dev.dartboard.model.Genotype.Stem;
import dev.dartboard.model.Primitive;
import dev.dartboard.nas.cost.GenotypeLowering;
import dev.dartboard.nas.cost.KernelCycles;
import dev.dartboard.quant.Calibrator;
import dev.dartboard.quant.FloatForward;
import dev.dartboard.quant.QuantModel;
import dev.dartboard.quant.Quantizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

public class DeviceSpeedExport {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/device-speed");
        List<String> labels = IntStream.range(0, 12).mapToObj(i -> "w" + i).toList();
        DataConfig logMel = new DataConfig(16000, FeatureType.LOG_MEL, 30, 20, 40, 0, 1000);
        DataConfig mfcc8k = new DataConfig(8000, FeatureType.MFCC, 32, 16, 32, 13, 1000);
        List<Genotype> gs = List.of(Genotype.dscnnS(),
                new Genotype("conv-pool", logMel, new Stem(16, 3, 3, 1, 1), List.of(new Layer(Primitive.CONV_3X3, 24, 2),
                        new Layer(Primitive.MAX_POOL_3X3, 24, 1), new Layer(Primitive.DW_SEP_5X5, 32, 2),
                        new Layer(Primitive.AVG_POOL_3X3, 32, 1), new Layer(Primitive.SKIP, 40, 1))),
                new Genotype("inv-res-8k", mfcc8k, new Stem(12, 5, 3, 2, 1), List.of(new Layer(Primitive.INV_RES_3X3, 12, 1),
                        new Layer(Primitive.INV_RES_3X3, 20, 2), new Layer(Primitive.DW_SEP_3X3, 20, 1),
                        new Layer(Primitive.CONV_3X3, 20, 1))));
        for (Genotype g : gs) {
            FloatModel fm = new GenotypeLowering().lower(g, labels);
            Random r = new Random(5);
            for (FloatOp op : fm.ops()) {
                if (op.weights() == null) continue;
                int fanIn = op.kind() == FloatOp.Kind.DEPTHWISE_CONV_2D ? op.kernelH() * op.kernelW() : op.weights().length / op.outChannels();
                for (int i = 0; i < op.weights().length; i++) op.weights()[i] = (float) (r.nextGaussian() * Math.sqrt(2.0 / fanIn));
                for (int i = 0; i < op.bias().length; i++) op.bias()[i] = (float) (r.nextGaussian() * 0.1);
            }
            int size = fm.input()[0] * fm.input()[1];
            QuantModel q = new Quantizer(new Calibrator(new FloatForward())).quantize(fm, inputs(1, 64, size));
            Path dir = out.resolve(g.name());
            new CSourceExporter().export(q, dir);
            byte[] x = q.quantizeInput(inputs(7, 1, size).get(0));
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

    static List<float[]> inputs(long seed, int n, int size) {
        Random r = new Random(seed);
        List<float[]> l = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            float[] x = new float[size];
            for (int i = 0; i < size; i++) x[i] = (float) (r.nextGaussian() * (i % 10 == 0 ? 4 : 1.5) + (i % 10 == 0 ? -6 : 0));
            l.add(x);
        }
        return l;
    }
}
