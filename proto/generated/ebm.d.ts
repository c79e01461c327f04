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
            body?: "ais";
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
                body?: "ais";
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              protocolVersion?: number|null;
              runId?: string|null;
              unitId?: number|null;
              attempt?: number|null;
              ais?: ebm.v1.AisUnit.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ais?: null }|{ body?: "ais"; ais: ebm.v1.AisUnit.$Shape })
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
            error?: (ebm.v1.UnitError.$Properties|null);
            body?: ("ais"|"error");
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
                error?: (ebm.v1.UnitError.$Properties|null);
                body?: ("ais"|"error");
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
              error?: ebm.v1.UnitError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; ais?: null; error?: null }|{ body?: "ais"; ais: ebm.v1.AisResult.$Shape; error?: null }|{ body?: "error"; ais?: null; error: ebm.v1.UnitError.$Shape })
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
    }
}
