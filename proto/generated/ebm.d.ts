import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace ebm {

    namespace v1 {

        interface IUnitRequest extends ebm.v1.UnitRequest.$Properties {
        }

        class UnitRequest {
            constructor(properties?: ebm.v1.UnitRequest.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            runId: string;
            unitId: number;
            attempt: number;
            ais?: (ebm.v1.AisUnit.$Properties|null);
            pcd?: (ebm.v1.PcdUnit.$Properties|null);
            pt?: (ebm.v1.PtUnit.$Properties|null);
            sample?: (ebm.v1.SampleUnit.$Properties|null);
            bmLearn?: (ebm.v1.BmLearnUnit.$Properties|null);
            body?: ("ais"|"pcd"|"pt"|"sample"|"bmLearn");
            static create(properties: ebm.v1.UnitRequest.$Shape): ebm.v1.UnitRequest & ebm.v1.UnitRequest.$Shape;
            static create(properties?: ebm.v1.UnitRequest.$Properties): ebm.v1.UnitRequest;
            static encode(message: ebm.v1.UnitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.UnitRequest & ebm.v1.UnitRequest.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnitRequest {
            interface $Properties {
                protocolVersion?: (number|null);
                runId?: (string|null);
                unitId?: (number|null);
                attempt?: (number|null);
                ais?: (ebm.v1.AisUnit.$Properties|null);
                pcd?: (ebm.v1.PcdUnit.$Properties|null);
                pt?: (ebm.v1.PtUnit.$Properties|null);
                sample?: (ebm.v1.SampleUnit.$Properties|null);
                bmLearn?: (ebm.v1.BmLearnUnit.$Properties|null);
                body?: ("ais"|"pcd"|"pt"|"sample"|"bmLearn");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              protocolVersion?: number|null;
              runId?: string|null;
              unitId?: number|null;
              attempt?: number|null;
              ais?: ebm.v1.AisUnit.$Shape|null;
              pcd?: ebm.v1.PcdUnit.$Shape|null;
              pt?: ebm.v1.PtUnit.$Shape|null;
              sample?: ebm.v1.SampleUnit.$Shape|null;
              bmLearn?: ebm.v1.BmLearnUnit.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null }|{ body?: "ais"; ais: ebm.v1.AisUnit.$Shape; pcd?: null; pt?: null; sample?: null; bmLearn?: null }|{ body?: "pcd"; ais?: null; pcd: ebm.v1.PcdUnit.$Shape; pt?: null; sample?: null; bmLearn?: null }|{ body?: "pt"; ais?: null; pcd?: null; pt: ebm.v1.PtUnit.$Shape; sample?: null; bmLearn?: null }|{ body?: "sample"; ais?: null; pcd?: null; pt?: null; sample: ebm.v1.SampleUnit.$Shape; bmLearn?: null }|{ body?: "bmLearn"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn: ebm.v1.BmLearnUnit.$Shape })
            );
        }

        interface IAisUnit extends ebm.v1.AisUnit.$Properties {
        }

        class AisUnit {
            constructor(properties?: ebm.v1.AisUnit.$Properties);
            $unknowns?: Uint8Array[];
            modelJson: string;
            referenceJson: string;
            betas: Uint8Array;
            chains: number;
            sweeps: number;
            seed: number;
            sampler: string;
            traceAt: Uint8Array;
            static create(properties: ebm.v1.AisUnit.$Shape): ebm.v1.AisUnit & ebm.v1.AisUnit.$Shape;
            static create(properties?: ebm.v1.AisUnit.$Properties): ebm.v1.AisUnit;
            static encode(message: ebm.v1.AisUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.AisUnit & ebm.v1.AisUnit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AisUnit {
            interface $Properties {
                modelJson?: (string|null);
                referenceJson?: (string|null);
                betas?: (Uint8Array|null);
                chains?: (number|null);
                sweeps?: (number|null);
                seed?: (number|null);
                sampler?: (string|null);
                traceAt?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.AisUnit.$Properties;
        }

        interface IUnitResult extends ebm.v1.UnitResult.$Properties {
        }

        class UnitResult {
            constructor(properties?: ebm.v1.UnitResult.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            runId: string;
            unitId: number;
            attempt: number;
            worker: string;
            seconds: number;
            ais?: (ebm.v1.AisResult.$Properties|null);
            pcd?: (ebm.v1.PcdResult.$Properties|null);
            pt?: (ebm.v1.PtResult.$Properties|null);
            sample?: (ebm.v1.SampleResult.$Properties|null);
            bmLearn?: (ebm.v1.BmLearnResult.$Properties|null);
            error?: (ebm.v1.UnitError.$Properties|null);
            body?: ("ais"|"pcd"|"pt"|"sample"|"bmLearn"|"error");
            static create(properties: ebm.v1.UnitResult.$Shape): ebm.v1.UnitResult & ebm.v1.UnitResult.$Shape;
            static create(properties?: ebm.v1.UnitResult.$Properties): ebm.v1.UnitResult;
            static encode(message: ebm.v1.UnitResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.UnitResult & ebm.v1.UnitResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnitResult {
            interface $Properties {
                protocolVersion?: (number|null);
                runId?: (string|null);
                unitId?: (number|null);
                attempt?: (number|null);
                worker?: (string|null);
                seconds?: (number|null);
                ais?: (ebm.v1.AisResult.$Properties|null);
                pcd?: (ebm.v1.PcdResult.$Properties|null);
                pt?: (ebm.v1.PtResult.$Properties|null);
                sample?: (ebm.v1.SampleResult.$Properties|null);
                bmLearn?: (ebm.v1.BmLearnResult.$Properties|null);
                error?: (ebm.v1.UnitError.$Properties|null);
                body?: ("ais"|"pcd"|"pt"|"sample"|"bmLearn"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              protocolVersion?: number|null;
              runId?: string|null;
              unitId?: number|null;
              attempt?: number|null;
              worker?: string|null;
              seconds?: number|null;
              ais?: ebm.v1.AisResult.$Shape|null;
              pcd?: ebm.v1.PcdResult.$Shape|null;
              pt?: ebm.v1.PtResult.$Shape|null;
              sample?: ebm.v1.SampleResult.$Shape|null;
              bmLearn?: ebm.v1.BmLearnResult.$Shape|null;
              error?: ebm.v1.UnitError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "ais"; ais: ebm.v1.AisResult.$Shape; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "pcd"; ais?: null; pcd: ebm.v1.PcdResult.$Shape; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "pt"; ais?: null; pcd?: null; pt: ebm.v1.PtResult.$Shape; sample?: null; bmLearn?: null; error?: null }|{ body?: "sample"; ais?: null; pcd?: null; pt?: null; sample: ebm.v1.SampleResult.$Shape; bmLearn?: null; error?: null }|{ body?: "bmLearn"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn: ebm.v1.BmLearnResult.$Shape; error?: null }|{ body?: "error"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error: ebm.v1.UnitError.$Shape })
            );
        }

        interface IAisResult extends ebm.v1.AisResult.$Properties {
        }

        class AisResult {
            constructor(properties?: ebm.v1.AisResult.$Properties);
            $unknowns?: Uint8Array[];
            logWeights: Uint8Array;
            trace: Uint8Array;
            sweeps: number;
            static create(properties: ebm.v1.AisResult.$Shape): ebm.v1.AisResult & ebm.v1.AisResult.$Shape;
            static create(properties?: ebm.v1.AisResult.$Properties): ebm.v1.AisResult;
            static encode(message: ebm.v1.AisResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.AisResult & ebm.v1.AisResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace AisResult {
            interface $Properties {
                logWeights?: (Uint8Array|null);
                trace?: (Uint8Array|null);
                sweeps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.AisResult.$Properties;
        }

        interface ISampleUnit extends ebm.v1.SampleUnit.$Properties {
        }

        class SampleUnit {
            constructor(properties?: ebm.v1.SampleUnit.$Properties);
            $unknowns?: Uint8Array[];
            modelJson: string;
            chains: number;
            burnIn: number;
            thin: number;
            draws: number;
            seed: number;
            sampler: string;
            observables: string[];
            keepStates: boolean;
            static create(properties: ebm.v1.SampleUnit.$Shape): ebm.v1.SampleUnit & ebm.v1.SampleUnit.$Shape;
            static create(properties?: ebm.v1.SampleUnit.$Properties): ebm.v1.SampleUnit;
            static encode(message: ebm.v1.SampleUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.SampleUnit & ebm.v1.SampleUnit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SampleUnit {
            interface $Properties {
                modelJson?: (string|null);
                chains?: (number|null);
                burnIn?: (number|null);
                thin?: (number|null);
                draws?: (number|null);
                seed?: (number|null);
                sampler?: (string|null);
                observables?: (string[]|null);
                keepStates?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.SampleUnit.$Properties;
        }

        interface ISampleResult extends ebm.v1.SampleResult.$Properties {
        }

        class SampleResult {
            constructor(properties?: ebm.v1.SampleResult.$Properties);
            $unknowns?: Uint8Array[];
            observables: string[];
            series: Uint8Array;
            stateSize: number;
            stateType: string;
            states: Uint8Array;
            sweeps: number;
            static create(properties: ebm.v1.SampleResult.$Shape): ebm.v1.SampleResult & ebm.v1.SampleResult.$Shape;
            static create(properties?: ebm.v1.SampleResult.$Properties): ebm.v1.SampleResult;
            static encode(message: ebm.v1.SampleResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.SampleResult & ebm.v1.SampleResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SampleResult {
            interface $Properties {
                observables?: (string[]|null);
                series?: (Uint8Array|null);
                stateSize?: (number|null);
                stateType?: (string|null);
                states?: (Uint8Array|null);
                sweeps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.SampleResult.$Properties;
        }

        interface IPcdUnit extends ebm.v1.PcdUnit.$Properties {
        }

        class PcdUnit {
            constructor(properties?: ebm.v1.PcdUnit.$Properties);
            $unknowns?: Uint8Array[];
            nv: number;
            nh: number;
            weights: Uint8Array;
            visibleBias: Uint8Array;
            hiddenBias: Uint8Array;
            data: Uint8Array;
            particles: Uint8Array;
            method: string;
            k: number;
            seed: number;
            stream: number;
            kernel: string;
            temperingBetas: number[];
            configDigest: string;
            shard: number;
            heldUpdate: number;
            replay: ebm.v1.PcdStep.$Properties[];
            wantState: boolean;
            static create(properties: ebm.v1.PcdUnit.$Shape): ebm.v1.PcdUnit & ebm.v1.PcdUnit.$Shape;
            static create(properties?: ebm.v1.PcdUnit.$Properties): ebm.v1.PcdUnit;
            static encode(message: ebm.v1.PcdUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PcdUnit & ebm.v1.PcdUnit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PcdUnit {
            interface $Properties {
                nv?: (number|null);
                nh?: (number|null);
                weights?: (Uint8Array|null);
                visibleBias?: (Uint8Array|null);
                hiddenBias?: (Uint8Array|null);
                data?: (Uint8Array|null);
                particles?: (Uint8Array|null);
                method?: (string|null);
                k?: (number|null);
                seed?: (number|null);
                stream?: (number|null);
                kernel?: (string|null);
                temperingBetas?: (number[]|null);
                configDigest?: (string|null);
                shard?: (number|null);
                heldUpdate?: (number|null);
                replay?: (ebm.v1.PcdStep.$Properties[]|null);
                wantState?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PcdUnit.$Properties;
        }

        interface IPcdStep extends ebm.v1.PcdStep.$Properties {
        }

        class PcdStep {
            constructor(properties?: ebm.v1.PcdStep.$Properties);
            $unknowns?: Uint8Array[];
            weights: Uint8Array;
            visibleBias: Uint8Array;
            hiddenBias: Uint8Array;
            stream: number;
            static create(properties: ebm.v1.PcdStep.$Shape): ebm.v1.PcdStep & ebm.v1.PcdStep.$Shape;
            static create(properties?: ebm.v1.PcdStep.$Properties): ebm.v1.PcdStep;
            static encode(message: ebm.v1.PcdStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PcdStep & ebm.v1.PcdStep.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PcdStep {
            interface $Properties {
                weights?: (Uint8Array|null);
                visibleBias?: (Uint8Array|null);
                hiddenBias?: (Uint8Array|null);
                stream?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PcdStep.$Properties;
        }

        interface IRbmStatistics extends ebm.v1.RbmStatistics.$Properties {
        }

        class RbmStatistics {
            constructor(properties?: ebm.v1.RbmStatistics.$Properties);
            $unknowns?: Uint8Array[];
            w: Uint8Array;
            b: Uint8Array;
            c: Uint8Array;
            rows: number;
            static create(properties: ebm.v1.RbmStatistics.$Shape): ebm.v1.RbmStatistics & ebm.v1.RbmStatistics.$Shape;
            static create(properties?: ebm.v1.RbmStatistics.$Properties): ebm.v1.RbmStatistics;
            static encode(message: ebm.v1.RbmStatistics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.RbmStatistics & ebm.v1.RbmStatistics.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace RbmStatistics {
            interface $Properties {
                w?: (Uint8Array|null);
                b?: (Uint8Array|null);
                c?: (Uint8Array|null);
                rows?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.RbmStatistics.$Properties;
        }

        interface IPcdResult extends ebm.v1.PcdResult.$Properties {
        }

        class PcdResult {
            constructor(properties?: ebm.v1.PcdResult.$Properties);
            $unknowns?: Uint8Array[];
            positive?: (ebm.v1.RbmStatistics.$Properties|null);
            negative?: (ebm.v1.RbmStatistics.$Properties|null);
            particles: Uint8Array;
            static create(properties: ebm.v1.PcdResult.$Shape): ebm.v1.PcdResult & ebm.v1.PcdResult.$Shape;
            static create(properties?: ebm.v1.PcdResult.$Properties): ebm.v1.PcdResult;
            static encode(message: ebm.v1.PcdResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PcdResult & ebm.v1.PcdResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PcdResult {
            interface $Properties {
                positive?: (ebm.v1.RbmStatistics.$Properties|null);
                negative?: (ebm.v1.RbmStatistics.$Properties|null);
                particles?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PcdResult.$Properties;
        }

        interface IUnitError extends ebm.v1.UnitError.$Properties {
        }

        class UnitError {
            constructor(properties?: ebm.v1.UnitError.$Properties);
            $unknowns?: Uint8Array[];
            kind: string;
            message: string;
            static create(properties: ebm.v1.UnitError.$Shape): ebm.v1.UnitError & ebm.v1.UnitError.$Shape;
            static create(properties?: ebm.v1.UnitError.$Properties): ebm.v1.UnitError;
            static encode(message: ebm.v1.UnitError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.UnitError & ebm.v1.UnitError.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnitError {
            interface $Properties {
                kind?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.UnitError.$Properties;
        }

        interface IWorkerStatus extends ebm.v1.WorkerStatus.$Properties {
        }

        class WorkerStatus {
            constructor(properties?: ebm.v1.WorkerStatus.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            worker: string;
            kind: ebm.v1.WorkerStatus.Kind;
            threads: number;
            unitsRunning: number;
            sequence: number;
            static create(properties: ebm.v1.WorkerStatus.$Shape): ebm.v1.WorkerStatus & ebm.v1.WorkerStatus.$Shape;
            static create(properties?: ebm.v1.WorkerStatus.$Properties): ebm.v1.WorkerStatus;
            static encode(message: ebm.v1.WorkerStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.WorkerStatus & ebm.v1.WorkerStatus.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkerStatus {
            interface $Properties {
                protocolVersion?: (number|null);
                worker?: (string|null);
                kind?: (ebm.v1.WorkerStatus.Kind|null);
                threads?: (number|null);
                unitsRunning?: (number|null);
                sequence?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.WorkerStatus.$Properties;

            enum Kind {
                HELLO = 0,
                HEARTBEAT = 1,
                GOODBYE = 2
            }
        }

        interface IChunk extends ebm.v1.Chunk.$Properties {
        }

        class Chunk {
            constructor(properties?: ebm.v1.Chunk.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            messageId: string;
            index: number;
            count: number;
            totalBytes: number;
            data: Uint8Array;
            continueSubject: string;
            static create(properties: ebm.v1.Chunk.$Shape): ebm.v1.Chunk & ebm.v1.Chunk.$Shape;
            static create(properties?: ebm.v1.Chunk.$Properties): ebm.v1.Chunk;
            static encode(message: ebm.v1.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.Chunk & ebm.v1.Chunk.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace Chunk {
            interface $Properties {
                protocolVersion?: (number|null);
                messageId?: (string|null);
                index?: (number|null);
                count?: (number|null);
                totalBytes?: (number|null);
                data?: (Uint8Array|null);
                continueSubject?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.Chunk.$Properties;
        }

        interface IPtUnit extends ebm.v1.PtUnit.$Properties {
        }

        class PtUnit {
            constructor(properties?: ebm.v1.PtUnit.$Properties);
            $unknowns?: Uint8Array[];
            modelJson: string;
            referenceJson: string;
            seed: number;
            sampler: string;
            copy: number;
            replicas: number;
            betas: Uint8Array;
            scheme: string;
            scanStart: number;
            scans: number;
            sweeps: number;
            state?: (ebm.v1.PtCopyState.$Properties|null);
            heldRound: number;
            replay: ebm.v1.PtRoundSpec.$Properties[];
            wantState: boolean;
            configDigest: string;
            wantObservations: boolean;
            wantSeries: boolean;
            static create(properties: ebm.v1.PtUnit.$Shape): ebm.v1.PtUnit & ebm.v1.PtUnit.$Shape;
            static create(properties?: ebm.v1.PtUnit.$Properties): ebm.v1.PtUnit;
            static encode(message: ebm.v1.PtUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PtUnit & ebm.v1.PtUnit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtUnit {
            interface $Properties {
                modelJson?: (string|null);
                referenceJson?: (string|null);
                seed?: (number|null);
                sampler?: (string|null);
                copy?: (number|null);
                replicas?: (number|null);
                betas?: (Uint8Array|null);
                scheme?: (string|null);
                scanStart?: (number|null);
                scans?: (number|null);
                sweeps?: (number|null);
                state?: (ebm.v1.PtCopyState.$Properties|null);
                heldRound?: (number|null);
                replay?: (ebm.v1.PtRoundSpec.$Properties[]|null);
                wantState?: (boolean|null);
                configDigest?: (string|null);
                wantObservations?: (boolean|null);
                wantSeries?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PtUnit.$Properties;
        }

        interface IPtRoundSpec extends ebm.v1.PtRoundSpec.$Properties {
        }

        class PtRoundSpec {
            constructor(properties?: ebm.v1.PtRoundSpec.$Properties);
            $unknowns?: Uint8Array[];
            betas: Uint8Array;
            scanStart: number;
            scans: number;
            static create(properties: ebm.v1.PtRoundSpec.$Shape): ebm.v1.PtRoundSpec & ebm.v1.PtRoundSpec.$Shape;
            static create(properties?: ebm.v1.PtRoundSpec.$Properties): ebm.v1.PtRoundSpec;
            static encode(message: ebm.v1.PtRoundSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PtRoundSpec & ebm.v1.PtRoundSpec.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtRoundSpec {
            interface $Properties {
                betas?: (Uint8Array|null);
                scanStart?: (number|null);
                scans?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PtRoundSpec.$Properties;
        }

        interface IPtCopyState extends ebm.v1.PtCopyState.$Properties {
        }

        class PtCopyState {
            constructor(properties?: ebm.v1.PtCopyState.$Properties);
            $unknowns?: Uint8Array[];
            chainStates: Uint8Array[];
            replicaRngStates: Uint8Array;
            replicaAtLevel: Uint8Array;
            lastEnd: Uint8Array;
            swapRngState: Uint8Array;
            roundTrips: number;
            restarts: number;
            packedChainStates?: (ebm.v1.PackedStates.$Properties|null);
            static create(properties: ebm.v1.PtCopyState.$Shape): ebm.v1.PtCopyState & ebm.v1.PtCopyState.$Shape;
            static create(properties?: ebm.v1.PtCopyState.$Properties): ebm.v1.PtCopyState;
            static encode(message: ebm.v1.PtCopyState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PtCopyState & ebm.v1.PtCopyState.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtCopyState {
            interface $Properties {
                chainStates?: (Uint8Array[]|null);
                replicaRngStates?: (Uint8Array|null);
                replicaAtLevel?: (Uint8Array|null);
                lastEnd?: (Uint8Array|null);
                swapRngState?: (Uint8Array|null);
                roundTrips?: (number|null);
                restarts?: (number|null);
                packedChainStates?: (ebm.v1.PackedStates.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PtCopyState.$Properties;
        }

        interface IPackedStates extends ebm.v1.PackedStates.$Properties {
        }

        class PackedStates {
            constructor(properties?: ebm.v1.PackedStates.$Properties);
            $unknowns?: Uint8Array[];
            count: number;
            length: number;
            low: number;
            high: number;
            bits: Uint8Array;
            static create(properties: ebm.v1.PackedStates.$Shape): ebm.v1.PackedStates & ebm.v1.PackedStates.$Shape;
            static create(properties?: ebm.v1.PackedStates.$Properties): ebm.v1.PackedStates;
            static encode(message: ebm.v1.PackedStates.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PackedStates & ebm.v1.PackedStates.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PackedStates {
            interface $Properties {
                count?: (number|null);
                length?: (number|null);
                low?: (number|null);
                high?: (number|null);
                bits?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PackedStates.$Properties;
        }

        interface IPtResult extends ebm.v1.PtResult.$Properties {
        }

        class PtResult {
            constructor(properties?: ebm.v1.PtResult.$Properties);
            $unknowns?: Uint8Array[];
            state?: (ebm.v1.PtCopyState.$Properties|null);
            scans: number;
            observationNames: string[];
            forward: Uint8Array;
            backward: Uint8Array;
            observations: Uint8Array;
            acceptanceSum: Uint8Array;
            proposed: Uint8Array;
            accepted: Uint8Array;
            roundTrips: number;
            restarts: number;
            sweeps: number;
            estimate?: (ebm.v1.SteppingStoneEstimate.$Properties|null);
            observables: ebm.v1.LevelObservables.$Properties[];
            static create(properties: ebm.v1.PtResult.$Shape): ebm.v1.PtResult & ebm.v1.PtResult.$Shape;
            static create(properties?: ebm.v1.PtResult.$Properties): ebm.v1.PtResult;
            static encode(message: ebm.v1.PtResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.PtResult & ebm.v1.PtResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace PtResult {
            interface $Properties {
                state?: (ebm.v1.PtCopyState.$Properties|null);
                scans?: (number|null);
                observationNames?: (string[]|null);
                forward?: (Uint8Array|null);
                backward?: (Uint8Array|null);
                observations?: (Uint8Array|null);
                acceptanceSum?: (Uint8Array|null);
                proposed?: (Uint8Array|null);
                accepted?: (Uint8Array|null);
                roundTrips?: (number|null);
                restarts?: (number|null);
                sweeps?: (number|null);
                estimate?: (ebm.v1.SteppingStoneEstimate.$Properties|null);
                observables?: (ebm.v1.LevelObservables.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.PtResult.$Properties;
        }

        interface IEstimateWithError extends ebm.v1.EstimateWithError.$Properties {
        }

        class EstimateWithError {
            constructor(properties?: ebm.v1.EstimateWithError.$Properties);
            $unknowns?: Uint8Array[];
            value: number;
            stderr: number;
            tau: number;
            static create(properties: ebm.v1.EstimateWithError.$Shape): ebm.v1.EstimateWithError & ebm.v1.EstimateWithError.$Shape;
            static create(properties?: ebm.v1.EstimateWithError.$Properties): ebm.v1.EstimateWithError;
            static encode(message: ebm.v1.EstimateWithError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.EstimateWithError & ebm.v1.EstimateWithError.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace EstimateWithError {
            interface $Properties {
                value?: (number|null);
                stderr?: (number|null);
                tau?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.EstimateWithError.$Properties;
        }

        interface ILevelObservables extends ebm.v1.LevelObservables.$Properties {
        }

        class LevelObservables {
            constructor(properties?: ebm.v1.LevelObservables.$Properties);
            $unknowns?: Uint8Array[];
            level: number;
            b: number;
            names: string[];
            means: ebm.v1.EstimateWithError.$Properties[];
            specificHeat?: (ebm.v1.EstimateWithError.$Properties|null);
            binder?: (ebm.v1.EstimateWithError.$Properties|null);
            static create(properties: ebm.v1.LevelObservables.$Shape): ebm.v1.LevelObservables & ebm.v1.LevelObservables.$Shape;
            static create(properties?: ebm.v1.LevelObservables.$Properties): ebm.v1.LevelObservables;
            static encode(message: ebm.v1.LevelObservables.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.LevelObservables & ebm.v1.LevelObservables.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace LevelObservables {
            interface $Properties {
                level?: (number|null);
                b?: (number|null);
                names?: (string[]|null);
                means?: (ebm.v1.EstimateWithError.$Properties[]|null);
                specificHeat?: (ebm.v1.EstimateWithError.$Properties|null);
                binder?: (ebm.v1.EstimateWithError.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.LevelObservables.$Properties;
        }

        interface ISteppingStoneEstimate extends ebm.v1.SteppingStoneEstimate.$Properties {
        }

        class SteppingStoneEstimate {
            constructor(properties?: ebm.v1.SteppingStoneEstimate.$Properties);
            $unknowns?: Uint8Array[];
            logZ: number;
            stderr: number;
            logZForward: number;
            stderrForward: number;
            logZBackward: number;
            stderrBackward: number;
            pairLogRatios: Uint8Array;
            logZCurve: Uint8Array;
            batchSize: number;
            plateaued: boolean;
            scans: number;
            static create(properties: ebm.v1.SteppingStoneEstimate.$Shape): ebm.v1.SteppingStoneEstimate & ebm.v1.SteppingStoneEstimate.$Shape;
            static create(properties?: ebm.v1.SteppingStoneEstimate.$Properties): ebm.v1.SteppingStoneEstimate;
            static encode(message: ebm.v1.SteppingStoneEstimate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.SteppingStoneEstimate & ebm.v1.SteppingStoneEstimate.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace SteppingStoneEstimate {
            interface $Properties {
                logZ?: (number|null);
                stderr?: (number|null);
                logZForward?: (number|null);
                stderrForward?: (number|null);
                logZBackward?: (number|null);
                stderrBackward?: (number|null);
                pairLogRatios?: (Uint8Array|null);
                logZCurve?: (Uint8Array|null);
                batchSize?: (number|null);
                plateaued?: (boolean|null);
                scans?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.SteppingStoneEstimate.$Properties;
        }

        interface IBmLearnUnit extends ebm.v1.BmLearnUnit.$Properties {
        }

        class BmLearnUnit {
            constructor(properties?: ebm.v1.BmLearnUnit.$Properties);
            $unknowns?: Uint8Array[];
            n: number;
            spin: boolean;
            weights: Uint8Array;
            bias: Uint8Array;
            states: Uint8Array;
            clamped: number;
            k: number;
            seed: number;
            stream: number;
            static create(properties: ebm.v1.BmLearnUnit.$Shape): ebm.v1.BmLearnUnit & ebm.v1.BmLearnUnit.$Shape;
            static create(properties?: ebm.v1.BmLearnUnit.$Properties): ebm.v1.BmLearnUnit;
            static encode(message: ebm.v1.BmLearnUnit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.BmLearnUnit & ebm.v1.BmLearnUnit.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace BmLearnUnit {
            interface $Properties {
                n?: (number|null);
                spin?: (boolean|null);
                weights?: (Uint8Array|null);
                bias?: (Uint8Array|null);
                states?: (Uint8Array|null);
                clamped?: (number|null);
                k?: (number|null);
                seed?: (number|null);
                stream?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.BmLearnUnit.$Properties;
        }

        interface IBmLearnResult extends ebm.v1.BmLearnResult.$Properties {
        }

        class BmLearnResult {
            constructor(properties?: ebm.v1.BmLearnResult.$Properties);
            $unknowns?: Uint8Array[];
            pairSums: Uint8Array;
            unitSums: Uint8Array;
            rows: number;
            states: Uint8Array;
            sweeps: number;
            static create(properties: ebm.v1.BmLearnResult.$Shape): ebm.v1.BmLearnResult & ebm.v1.BmLearnResult.$Shape;
            static create(properties?: ebm.v1.BmLearnResult.$Properties): ebm.v1.BmLearnResult;
            static encode(message: ebm.v1.BmLearnResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): ebm.v1.BmLearnResult & ebm.v1.BmLearnResult.$Shape;
            static getTypeUrl(prefix?: string): string;
        }

        namespace BmLearnResult {
            interface $Properties {
                pairSums?: (Uint8Array|null);
                unitSums?: (Uint8Array|null);
                rows?: (number|null);
                states?: (Uint8Array|null);
                sweeps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = ebm.v1.BmLearnResult.$Properties;
        }
    }
}
