package dev.dartboard.nas.cost;

import dev.dartboard.model.BoardProfile;
import dev.dartboard.model.FloatModel;
import dev.dartboard.model.FloatOp;
import dev.dartboard.model.Genotype;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact costs of a deployed network + front end on a {@link BoardProfile} (docs/architecture.md#cost-model):
 * flash = int8 weights + int32 biases + per-channel requantization params (int32 multiplier +
 * int32 shift) + code (a fixed runtime + a call per op) + front-end tables; SRAM = streaming front end
 * + activation arena ({@link ArenaPlan}) + fixed runtime RAM; latency = front-end cycles
 * ({@link FrontEndCosts}) + Σ kernel cycles ({@link KernelCycles}: per op kind, MACs, kernel rows and
 * requantized outputs as the C kernels loop over them, fitted to QEMU instruction counts), at the
 * board's clock. Code and runtime constants are first estimates, to be
 * calibrated against the linker map of the exported C library. Immutable, thread-safe.
 */
public final class CostModel {
    /**
     * Kernels + front end code, bytes (calibrated: 10,378 B .text for an 11-op DS-CNN-S library with the
     * DSP kernels and their assembly tile / window loops, -Os; 4,748 B before those).
     */
    static final long RUNTIME_CODE = 10 * 1024;
    /** Code per op: its call site and per-op constants, bytes (estimate). */
    static final long CODE_PER_OP = 64;
    /** Static RAM of the runtime outside the arena: state, stack headroom, bytes (estimate). */
    static final long RUNTIME_RAM = 2 * 1024;

    private final BoardProfile board;
    private final GenotypeLowering lowering;

    public CostModel(BoardProfile board, GenotypeLowering lowering) {
        this.board = board;
        this.lowering = lowering;
    }

    /** Costs of genotype {@code g} with {@code labelCount} outputs. */
    public Costs of(Genotype g, int labelCount) {
        List<String> labels = java.util.stream.IntStream.range(0, labelCount).mapToObj(i -> "c" + i).toList();
        return of(lowering.lower(g, labels));
    }

    /** Costs of a deployed model. */
    public Costs of(FloatModel m) {
        Map<String, Long> parts = new LinkedHashMap<>();
        long weights = 0, biases = 0, quant = 0;
        List<KernelCycles.Layer> layers = KernelCycles.layers(m);
        long macs = layers.stream().mapToLong(KernelCycles.Layer::macs).sum();
        long instructions = KernelCycles.networkInstructions(layers);
        for (FloatOp op : m.ops()) {
            if (op.weights() != null) {
                weights += op.weights().length;
                biases += 4L * op.bias().length;
                quant += 8L * (op.kind() == FloatOp.Kind.FULLY_CONNECTED ? 1 : op.outChannels());
            }
        }
        parts.put("weights", weights);
        parts.put("biases", biases);
        parts.put("quantParams", quant);
        parts.put("code", RUNTIME_CODE + CODE_PER_OP * m.ops().size());
        parts.putAll(FrontEndCosts.flash(m.dataConfig()));
        long flash = sum(parts);
        Map<String, Long> ram = new LinkedHashMap<>(FrontEndCosts.sram(m.dataConfig()));
        ram.put("arena", (long) ArenaPlan.of(m).bytes());
        ram.put("runtime", RUNTIME_RAM);
        long sram = sum(ram);
        double speed = board.cyclesPerMac() / KernelCycles.REFERENCE_CYCLES_PER_MAC;
        long cycles = Math.round(instructions * speed);
        long feCycles = Math.round(FrontEndCosts.cycles(m.dataConfig()) * speed);
        parts.putAll(ram);
        parts.put("cycles.frontend", feCycles);
        parts.put("cycles.network", cycles);
        double ms = (feCycles + cycles) * 1000.0 / board.clockHz();
        return new Costs(flash, sram, ms, macs, m.parameters(), parts);
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }
}
