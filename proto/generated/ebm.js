/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const ebm = $root.ebm = (() => {

    /**
     * Namespace ebm.
     * @exports ebm
     * @namespace
     */
    const ebm = {};

    ebm.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof ebm
         * @namespace
         */
        const v1 = {};

        v1.UnitRequest = (function() {

            /**
             * Properties of a UnitRequest.
             * @typedef {Object} ebm.v1.UnitRequest.$Properties
             * @property {number|null} [protocolVersion] UnitRequest protocolVersion
             * @property {string|null} [runId] UnitRequest runId
             * @property {number|null} [unitId] UnitRequest unitId
             * @property {number|null} [attempt] UnitRequest attempt
             * @property {ebm.v1.AisUnit.$Properties|null} [ais] UnitRequest ais
             * @property {ebm.v1.PcdUnit.$Properties|null} [pcd] UnitRequest pcd
             * @property {ebm.v1.PtUnit.$Properties|null} [pt] UnitRequest pt
             * @property {ebm.v1.SampleUnit.$Properties|null} [sample] UnitRequest sample
             * @property {ebm.v1.BmLearnUnit.$Properties|null} [bmLearn] UnitRequest bmLearn
             * @property {"ais"|"pcd"|"pt"|"sample"|"bmLearn"} [body] UnitRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitRequest.
             * @memberof ebm.v1
             * @interface IUnitRequest
             * @augments ebm.v1.UnitRequest.$Properties
             * @deprecated Use ebm.v1.UnitRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a UnitRequest.
             * @typedef {{
             *   protocolVersion?: number|null;
             *   runId?: string|null;
             *   unitId?: number|null;
             *   attempt?: number|null;
             *   ais?: ebm.v1.AisUnit.$Shape|null;
             *   pcd?: ebm.v1.PcdUnit.$Shape|null;
             *   pt?: ebm.v1.PtUnit.$Shape|null;
             *   sample?: ebm.v1.SampleUnit.$Shape|null;
             *   bmLearn?: ebm.v1.BmLearnUnit.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null }|{ body?: "ais"; ais: ebm.v1.AisUnit.$Shape; pcd?: null; pt?: null; sample?: null; bmLearn?: null }|{ body?: "pcd"; ais?: null; pcd: ebm.v1.PcdUnit.$Shape; pt?: null; sample?: null; bmLearn?: null }|{ body?: "pt"; ais?: null; pcd?: null; pt: ebm.v1.PtUnit.$Shape; sample?: null; bmLearn?: null }|{ body?: "sample"; ais?: null; pcd?: null; pt?: null; sample: ebm.v1.SampleUnit.$Shape; bmLearn?: null }|{ body?: "bmLearn"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn: ebm.v1.BmLearnUnit.$Shape })
             * )} ebm.v1.UnitRequest.$Shape
             */

            /**
             * Constructs a new UnitRequest.
             * @memberof ebm.v1
             * @classdesc Represents a UnitRequest.
             * @constructor
             * @param {ebm.v1.UnitRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnitRequest protocolVersion.
             * @member {number} protocolVersion
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.protocolVersion = 0;

            /**
             * UnitRequest runId.
             * @member {string} runId
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.runId = "";

            /**
             * UnitRequest unitId.
             * @member {number} unitId
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.unitId = 0;

            /**
             * UnitRequest attempt.
             * @member {number} attempt
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.attempt = 0;

            /**
             * UnitRequest ais.
             * @member {ebm.v1.AisUnit.$Properties|null|undefined} ais
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.ais = null;

            /**
             * UnitRequest pcd.
             * @member {ebm.v1.PcdUnit.$Properties|null|undefined} pcd
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.pcd = null;

            /**
             * UnitRequest pt.
             * @member {ebm.v1.PtUnit.$Properties|null|undefined} pt
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.pt = null;

            /**
             * UnitRequest sample.
             * @member {ebm.v1.SampleUnit.$Properties|null|undefined} sample
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.sample = null;

            /**
             * UnitRequest bmLearn.
             * @member {ebm.v1.BmLearnUnit.$Properties|null|undefined} bmLearn
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            UnitRequest.prototype.bmLearn = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * UnitRequest body.
             * @member {"ais"|"pcd"|"pt"|"sample"|"bmLearn"|undefined} body
             * @memberof ebm.v1.UnitRequest
             * @instance
             */
            $Object.defineProperty(UnitRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ais", "pcd", "pt", "sample", "bmLearn"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UnitRequest instance using the specified properties.
             * @function create
             * @memberof ebm.v1.UnitRequest
             * @static
             * @param {ebm.v1.UnitRequest.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.UnitRequest} UnitRequest instance
             * @type {{
             *   (properties: ebm.v1.UnitRequest.$Shape): ebm.v1.UnitRequest & ebm.v1.UnitRequest.$Shape;
             *   (properties?: ebm.v1.UnitRequest.$Properties): ebm.v1.UnitRequest;
             * }}
             */
            UnitRequest.create = function(properties) {
                return new UnitRequest(properties);
            };

            /**
             * Encodes the specified UnitRequest message. Does not implicitly {@link ebm.v1.UnitRequest.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.UnitRequest
             * @static
             * @param {ebm.v1.UnitRequest.$Properties} message UnitRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.unitId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempt);
                if (message.ais != null && $Object.hasOwnProperty.call(message, "ais"))
                    $root.ebm.v1.AisUnit.encode(message.ais, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.pcd != null && $Object.hasOwnProperty.call(message, "pcd"))
                    $root.ebm.v1.PcdUnit.encode(message.pcd, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.pt != null && $Object.hasOwnProperty.call(message, "pt"))
                    $root.ebm.v1.PtUnit.encode(message.pt, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.sample != null && $Object.hasOwnProperty.call(message, "sample"))
                    $root.ebm.v1.SampleUnit.encode(message.sample, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.bmLearn != null && $Object.hasOwnProperty.call(message, "bmLearn"))
                    $root.ebm.v1.BmLearnUnit.encode(message.bmLearn, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitRequest message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.UnitRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.UnitRequest & ebm.v1.UnitRequest.$Shape} UnitRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.UnitRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.ais = $root.ebm.v1.AisUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.ais);
                            message.body = "ais";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.pcd = $root.ebm.v1.PcdUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.pcd);
                            message.body = "pcd";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.pt = $root.ebm.v1.PtUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.pt);
                            message.body = "pt";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.sample = $root.ebm.v1.SampleUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.sample);
                            message.body = "sample";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.bmLearn = $root.ebm.v1.BmLearnUnit.decode(reader, reader.size(), $undefined, _depth + 1, message.bmLearn);
                            message.body = "bmLearn";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnitRequest
             * @function getTypeUrl
             * @memberof ebm.v1.UnitRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnitRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.UnitRequest";
            };

            return UnitRequest;
        })();

        v1.AisUnit = (function() {

            /**
             * Properties of an AisUnit.
             * @typedef {Object} ebm.v1.AisUnit.$Properties
             * @property {string|null} [modelJson] AisUnit modelJson
             * @property {string|null} [referenceJson] AisUnit referenceJson
             * @property {Uint8Array|null} [betas] AisUnit betas
             * @property {number|null} [chains] AisUnit chains
             * @property {number|null} [sweeps] AisUnit sweeps
             * @property {number|null} [seed] AisUnit seed
             * @property {string|null} [sampler] AisUnit sampler
             * @property {Uint8Array|null} [traceAt] AisUnit traceAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AisUnit.
             * @memberof ebm.v1
             * @interface IAisUnit
             * @augments ebm.v1.AisUnit.$Properties
             * @deprecated Use ebm.v1.AisUnit.$Properties instead.
             */

            /**
             * Shape of an AisUnit.
             * @typedef {ebm.v1.AisUnit.$Properties} ebm.v1.AisUnit.$Shape
             */

            /**
             * Constructs a new AisUnit.
             * @memberof ebm.v1
             * @classdesc Represents an AisUnit.
             * @constructor
             * @param {ebm.v1.AisUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AisUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AisUnit modelJson.
             * @member {string} modelJson
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.modelJson = "";

            /**
             * AisUnit referenceJson.
             * @member {string} referenceJson
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.referenceJson = "";

            /**
             * AisUnit betas.
             * @member {Uint8Array} betas
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.betas = $util.newBuffer([]);

            /**
             * AisUnit chains.
             * @member {number} chains
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.chains = 0;

            /**
             * AisUnit sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.sweeps = 0;

            /**
             * AisUnit seed.
             * @member {number} seed
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AisUnit sampler.
             * @member {string} sampler
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.sampler = "";

            /**
             * AisUnit traceAt.
             * @member {Uint8Array} traceAt
             * @memberof ebm.v1.AisUnit
             * @instance
             */
            AisUnit.prototype.traceAt = $util.newBuffer([]);

            /**
             * Creates a new AisUnit instance using the specified properties.
             * @function create
             * @memberof ebm.v1.AisUnit
             * @static
             * @param {ebm.v1.AisUnit.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.AisUnit} AisUnit instance
             * @type {{
             *   (properties: ebm.v1.AisUnit.$Shape): ebm.v1.AisUnit & ebm.v1.AisUnit.$Shape;
             *   (properties?: ebm.v1.AisUnit.$Properties): ebm.v1.AisUnit;
             * }}
             */
            AisUnit.create = function(properties) {
                return new AisUnit(properties);
            };

            /**
             * Encodes the specified AisUnit message. Does not implicitly {@link ebm.v1.AisUnit.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.AisUnit
             * @static
             * @param {ebm.v1.AisUnit.$Properties} message AisUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AisUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelJson != null && $Object.hasOwnProperty.call(message, "modelJson") && message.modelJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.modelJson);
                if (message.referenceJson != null && $Object.hasOwnProperty.call(message, "referenceJson") && message.referenceJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.referenceJson);
                if (message.betas != null && $Object.hasOwnProperty.call(message, "betas") && message.betas.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.betas);
                if (message.chains != null && $Object.hasOwnProperty.call(message, "chains") && message.chains !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.chains);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && message.sweeps !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.sweeps);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.seed);
                if (message.sampler != null && $Object.hasOwnProperty.call(message, "sampler") && message.sampler !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.sampler);
                if (message.traceAt != null && $Object.hasOwnProperty.call(message, "traceAt") && message.traceAt.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.traceAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AisUnit message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.AisUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.AisUnit & ebm.v1.AisUnit.$Shape} AisUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AisUnit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.AisUnit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelJson = value;
                            else
                                delete message.modelJson;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referenceJson = value;
                            else
                                delete message.referenceJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.betas = value;
                            else
                                delete message.betas;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chains = value;
                            else
                                delete message.chains;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sampler = value;
                            else
                                delete message.sampler;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.traceAt = value;
                            else
                                delete message.traceAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AisUnit
             * @function getTypeUrl
             * @memberof ebm.v1.AisUnit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AisUnit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.AisUnit";
            };

            return AisUnit;
        })();

        v1.UnitResult = (function() {

            /**
             * Properties of a UnitResult.
             * @typedef {Object} ebm.v1.UnitResult.$Properties
             * @property {number|null} [protocolVersion] UnitResult protocolVersion
             * @property {string|null} [runId] UnitResult runId
             * @property {number|null} [unitId] UnitResult unitId
             * @property {number|null} [attempt] UnitResult attempt
             * @property {string|null} [worker] UnitResult worker
             * @property {number|null} [seconds] UnitResult seconds
             * @property {ebm.v1.AisResult.$Properties|null} [ais] UnitResult ais
             * @property {ebm.v1.PcdResult.$Properties|null} [pcd] UnitResult pcd
             * @property {ebm.v1.PtResult.$Properties|null} [pt] UnitResult pt
             * @property {ebm.v1.SampleResult.$Properties|null} [sample] UnitResult sample
             * @property {ebm.v1.BmLearnResult.$Properties|null} [bmLearn] UnitResult bmLearn
             * @property {ebm.v1.UnitError.$Properties|null} [error] UnitResult error
             * @property {"ais"|"pcd"|"pt"|"sample"|"bmLearn"|"error"} [body] UnitResult body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitResult.
             * @memberof ebm.v1
             * @interface IUnitResult
             * @augments ebm.v1.UnitResult.$Properties
             * @deprecated Use ebm.v1.UnitResult.$Properties instead.
             */

            /**
             * Narrowed shape of a UnitResult.
             * @typedef {{
             *   protocolVersion?: number|null;
             *   runId?: string|null;
             *   unitId?: number|null;
             *   attempt?: number|null;
             *   worker?: string|null;
             *   seconds?: number|null;
             *   ais?: ebm.v1.AisResult.$Shape|null;
             *   pcd?: ebm.v1.PcdResult.$Shape|null;
             *   pt?: ebm.v1.PtResult.$Shape|null;
             *   sample?: ebm.v1.SampleResult.$Shape|null;
             *   bmLearn?: ebm.v1.BmLearnResult.$Shape|null;
             *   error?: ebm.v1.UnitError.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "ais"; ais: ebm.v1.AisResult.$Shape; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "pcd"; ais?: null; pcd: ebm.v1.PcdResult.$Shape; pt?: null; sample?: null; bmLearn?: null; error?: null }|{ body?: "pt"; ais?: null; pcd?: null; pt: ebm.v1.PtResult.$Shape; sample?: null; bmLearn?: null; error?: null }|{ body?: "sample"; ais?: null; pcd?: null; pt?: null; sample: ebm.v1.SampleResult.$Shape; bmLearn?: null; error?: null }|{ body?: "bmLearn"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn: ebm.v1.BmLearnResult.$Shape; error?: null }|{ body?: "error"; ais?: null; pcd?: null; pt?: null; sample?: null; bmLearn?: null; error: ebm.v1.UnitError.$Shape })
             * )} ebm.v1.UnitResult.$Shape
             */

            /**
             * Constructs a new UnitResult.
             * @memberof ebm.v1
             * @classdesc Represents a UnitResult.
             * @constructor
             * @param {ebm.v1.UnitResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnitResult protocolVersion.
             * @member {number} protocolVersion
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.protocolVersion = 0;

            /**
             * UnitResult runId.
             * @member {string} runId
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.runId = "";

            /**
             * UnitResult unitId.
             * @member {number} unitId
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.unitId = 0;

            /**
             * UnitResult attempt.
             * @member {number} attempt
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.attempt = 0;

            /**
             * UnitResult worker.
             * @member {string} worker
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.worker = "";

            /**
             * UnitResult seconds.
             * @member {number} seconds
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.seconds = 0;

            /**
             * UnitResult ais.
             * @member {ebm.v1.AisResult.$Properties|null|undefined} ais
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.ais = null;

            /**
             * UnitResult pcd.
             * @member {ebm.v1.PcdResult.$Properties|null|undefined} pcd
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.pcd = null;

            /**
             * UnitResult pt.
             * @member {ebm.v1.PtResult.$Properties|null|undefined} pt
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.pt = null;

            /**
             * UnitResult sample.
             * @member {ebm.v1.SampleResult.$Properties|null|undefined} sample
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.sample = null;

            /**
             * UnitResult bmLearn.
             * @member {ebm.v1.BmLearnResult.$Properties|null|undefined} bmLearn
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.bmLearn = null;

            /**
             * UnitResult error.
             * @member {ebm.v1.UnitError.$Properties|null|undefined} error
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            UnitResult.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * UnitResult body.
             * @member {"ais"|"pcd"|"pt"|"sample"|"bmLearn"|"error"|undefined} body
             * @memberof ebm.v1.UnitResult
             * @instance
             */
            $Object.defineProperty(UnitResult.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["ais", "pcd", "pt", "sample", "bmLearn", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new UnitResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.UnitResult
             * @static
             * @param {ebm.v1.UnitResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.UnitResult} UnitResult instance
             * @type {{
             *   (properties: ebm.v1.UnitResult.$Shape): ebm.v1.UnitResult & ebm.v1.UnitResult.$Shape;
             *   (properties?: ebm.v1.UnitResult.$Properties): ebm.v1.UnitResult;
             * }}
             */
            UnitResult.create = function(properties) {
                return new UnitResult(properties);
            };

            /**
             * Encodes the specified UnitResult message. Does not implicitly {@link ebm.v1.UnitResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.UnitResult
             * @static
             * @param {ebm.v1.UnitResult.$Properties} message UnitResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.runId != null && $Object.hasOwnProperty.call(message, "runId") && message.runId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.runId);
                if (message.unitId != null && $Object.hasOwnProperty.call(message, "unitId") && message.unitId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.unitId);
                if (message.attempt != null && $Object.hasOwnProperty.call(message, "attempt") && message.attempt !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.attempt);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.worker);
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.seconds);
                if (message.ais != null && $Object.hasOwnProperty.call(message, "ais"))
                    $root.ebm.v1.AisResult.encode(message.ais, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.pcd != null && $Object.hasOwnProperty.call(message, "pcd"))
                    $root.ebm.v1.PcdResult.encode(message.pcd, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.pt != null && $Object.hasOwnProperty.call(message, "pt"))
                    $root.ebm.v1.PtResult.encode(message.pt, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.sample != null && $Object.hasOwnProperty.call(message, "sample"))
                    $root.ebm.v1.SampleResult.encode(message.sample, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.bmLearn != null && $Object.hasOwnProperty.call(message, "bmLearn"))
                    $root.ebm.v1.BmLearnResult.encode(message.bmLearn, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.ebm.v1.UnitError.encode(message.error, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.UnitResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.UnitResult & ebm.v1.UnitResult.$Shape} UnitResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.UnitResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.runId = value;
                            else
                                delete message.runId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unitId = value;
                            else
                                delete message.unitId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.attempt = value;
                            else
                                delete message.attempt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.ais = $root.ebm.v1.AisResult.decode(reader, reader.size(), $undefined, _depth + 1, message.ais);
                            message.body = "ais";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.pcd = $root.ebm.v1.PcdResult.decode(reader, reader.size(), $undefined, _depth + 1, message.pcd);
                            message.body = "pcd";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.pt = $root.ebm.v1.PtResult.decode(reader, reader.size(), $undefined, _depth + 1, message.pt);
                            message.body = "pt";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.sample = $root.ebm.v1.SampleResult.decode(reader, reader.size(), $undefined, _depth + 1, message.sample);
                            message.body = "sample";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.bmLearn = $root.ebm.v1.BmLearnResult.decode(reader, reader.size(), $undefined, _depth + 1, message.bmLearn);
                            message.body = "bmLearn";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.ebm.v1.UnitError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.body = "error";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnitResult
             * @function getTypeUrl
             * @memberof ebm.v1.UnitResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnitResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.UnitResult";
            };

            return UnitResult;
        })();

        v1.AisResult = (function() {

            /**
             * Properties of an AisResult.
             * @typedef {Object} ebm.v1.AisResult.$Properties
             * @property {Uint8Array|null} [logWeights] AisResult logWeights
             * @property {Uint8Array|null} [trace] AisResult trace
             * @property {number|null} [sweeps] AisResult sweeps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AisResult.
             * @memberof ebm.v1
             * @interface IAisResult
             * @augments ebm.v1.AisResult.$Properties
             * @deprecated Use ebm.v1.AisResult.$Properties instead.
             */

            /**
             * Shape of an AisResult.
             * @typedef {ebm.v1.AisResult.$Properties} ebm.v1.AisResult.$Shape
             */

            /**
             * Constructs a new AisResult.
             * @memberof ebm.v1
             * @classdesc Represents an AisResult.
             * @constructor
             * @param {ebm.v1.AisResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AisResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AisResult logWeights.
             * @member {Uint8Array} logWeights
             * @memberof ebm.v1.AisResult
             * @instance
             */
            AisResult.prototype.logWeights = $util.newBuffer([]);

            /**
             * AisResult trace.
             * @member {Uint8Array} trace
             * @memberof ebm.v1.AisResult
             * @instance
             */
            AisResult.prototype.trace = $util.newBuffer([]);

            /**
             * AisResult sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.AisResult
             * @instance
             */
            AisResult.prototype.sweeps = 0;

            /**
             * Creates a new AisResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.AisResult
             * @static
             * @param {ebm.v1.AisResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.AisResult} AisResult instance
             * @type {{
             *   (properties: ebm.v1.AisResult.$Shape): ebm.v1.AisResult & ebm.v1.AisResult.$Shape;
             *   (properties?: ebm.v1.AisResult.$Properties): ebm.v1.AisResult;
             * }}
             */
            AisResult.create = function(properties) {
                return new AisResult(properties);
            };

            /**
             * Encodes the specified AisResult message. Does not implicitly {@link ebm.v1.AisResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.AisResult
             * @static
             * @param {ebm.v1.AisResult.$Properties} message AisResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AisResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.logWeights != null && $Object.hasOwnProperty.call(message, "logWeights") && message.logWeights.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.logWeights);
                if (message.trace != null && $Object.hasOwnProperty.call(message, "trace") && message.trace.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.trace);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && !$Object.is(message.sweeps, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.sweeps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AisResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.AisResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.AisResult & ebm.v1.AisResult.$Shape} AisResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AisResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.AisResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.logWeights = value;
                            else
                                delete message.logWeights;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.trace = value;
                            else
                                delete message.trace;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for AisResult
             * @function getTypeUrl
             * @memberof ebm.v1.AisResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AisResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.AisResult";
            };

            return AisResult;
        })();

        v1.SampleUnit = (function() {

            /**
             * Properties of a SampleUnit.
             * @typedef {Object} ebm.v1.SampleUnit.$Properties
             * @property {string|null} [modelJson] SampleUnit modelJson
             * @property {number|null} [chains] SampleUnit chains
             * @property {number|null} [burnIn] SampleUnit burnIn
             * @property {number|null} [thin] SampleUnit thin
             * @property {number|null} [draws] SampleUnit draws
             * @property {number|null} [seed] SampleUnit seed
             * @property {string|null} [sampler] SampleUnit sampler
             * @property {Array.<string>|null} [observables] SampleUnit observables
             * @property {boolean|null} [keepStates] SampleUnit keepStates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SampleUnit.
             * @memberof ebm.v1
             * @interface ISampleUnit
             * @augments ebm.v1.SampleUnit.$Properties
             * @deprecated Use ebm.v1.SampleUnit.$Properties instead.
             */

            /**
             * Shape of a SampleUnit.
             * @typedef {ebm.v1.SampleUnit.$Properties} ebm.v1.SampleUnit.$Shape
             */

            /**
             * Constructs a new SampleUnit.
             * @memberof ebm.v1
             * @classdesc Represents a SampleUnit.
             * @constructor
             * @param {ebm.v1.SampleUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SampleUnit = function (properties) {
                this.observables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SampleUnit modelJson.
             * @member {string} modelJson
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.modelJson = "";

            /**
             * SampleUnit chains.
             * @member {number} chains
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.chains = 0;

            /**
             * SampleUnit burnIn.
             * @member {number} burnIn
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.burnIn = 0;

            /**
             * SampleUnit thin.
             * @member {number} thin
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.thin = 0;

            /**
             * SampleUnit draws.
             * @member {number} draws
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.draws = 0;

            /**
             * SampleUnit seed.
             * @member {number} seed
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SampleUnit sampler.
             * @member {string} sampler
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.sampler = "";

            /**
             * SampleUnit observables.
             * @member {Array.<string>} observables
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.observables = $util.emptyArray;

            /**
             * SampleUnit keepStates.
             * @member {boolean} keepStates
             * @memberof ebm.v1.SampleUnit
             * @instance
             */
            SampleUnit.prototype.keepStates = false;

            /**
             * Creates a new SampleUnit instance using the specified properties.
             * @function create
             * @memberof ebm.v1.SampleUnit
             * @static
             * @param {ebm.v1.SampleUnit.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.SampleUnit} SampleUnit instance
             * @type {{
             *   (properties: ebm.v1.SampleUnit.$Shape): ebm.v1.SampleUnit & ebm.v1.SampleUnit.$Shape;
             *   (properties?: ebm.v1.SampleUnit.$Properties): ebm.v1.SampleUnit;
             * }}
             */
            SampleUnit.create = function(properties) {
                return new SampleUnit(properties);
            };

            /**
             * Encodes the specified SampleUnit message. Does not implicitly {@link ebm.v1.SampleUnit.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.SampleUnit
             * @static
             * @param {ebm.v1.SampleUnit.$Properties} message SampleUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelJson != null && $Object.hasOwnProperty.call(message, "modelJson") && message.modelJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.modelJson);
                if (message.chains != null && $Object.hasOwnProperty.call(message, "chains") && message.chains !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chains);
                if (message.burnIn != null && $Object.hasOwnProperty.call(message, "burnIn") && message.burnIn !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.burnIn);
                if (message.thin != null && $Object.hasOwnProperty.call(message, "thin") && message.thin !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.thin);
                if (message.draws != null && $Object.hasOwnProperty.call(message, "draws") && message.draws !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.draws);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.seed);
                if (message.sampler != null && $Object.hasOwnProperty.call(message, "sampler") && message.sampler !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.sampler);
                if (message.observables != null && message.observables.length)
                    for (let i = 0; i < message.observables.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.observables[i]);
                if (message.keepStates != null && $Object.hasOwnProperty.call(message, "keepStates") && message.keepStates !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.keepStates);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SampleUnit message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.SampleUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.SampleUnit & ebm.v1.SampleUnit.$Shape} SampleUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleUnit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.SampleUnit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelJson = value;
                            else
                                delete message.modelJson;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chains = value;
                            else
                                delete message.chains;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.burnIn = value;
                            else
                                delete message.burnIn;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.thin = value;
                            else
                                delete message.thin;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.draws = value;
                            else
                                delete message.draws;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sampler = value;
                            else
                                delete message.sampler;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.observables && message.observables.length))
                                message.observables = [];
                            message.observables.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.keepStates = value;
                            else
                                delete message.keepStates;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SampleUnit
             * @function getTypeUrl
             * @memberof ebm.v1.SampleUnit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SampleUnit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.SampleUnit";
            };

            return SampleUnit;
        })();

        v1.SampleResult = (function() {

            /**
             * Properties of a SampleResult.
             * @typedef {Object} ebm.v1.SampleResult.$Properties
             * @property {Array.<string>|null} [observables] SampleResult observables
             * @property {Uint8Array|null} [series] SampleResult series
             * @property {number|null} [stateSize] SampleResult stateSize
             * @property {string|null} [stateType] SampleResult stateType
             * @property {Uint8Array|null} [states] SampleResult states
             * @property {number|null} [sweeps] SampleResult sweeps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SampleResult.
             * @memberof ebm.v1
             * @interface ISampleResult
             * @augments ebm.v1.SampleResult.$Properties
             * @deprecated Use ebm.v1.SampleResult.$Properties instead.
             */

            /**
             * Shape of a SampleResult.
             * @typedef {ebm.v1.SampleResult.$Properties} ebm.v1.SampleResult.$Shape
             */

            /**
             * Constructs a new SampleResult.
             * @memberof ebm.v1
             * @classdesc Represents a SampleResult.
             * @constructor
             * @param {ebm.v1.SampleResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SampleResult = function (properties) {
                this.observables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SampleResult observables.
             * @member {Array.<string>} observables
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.observables = $util.emptyArray;

            /**
             * SampleResult series.
             * @member {Uint8Array} series
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.series = $util.newBuffer([]);

            /**
             * SampleResult stateSize.
             * @member {number} stateSize
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.stateSize = 0;

            /**
             * SampleResult stateType.
             * @member {string} stateType
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.stateType = "";

            /**
             * SampleResult states.
             * @member {Uint8Array} states
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.states = $util.newBuffer([]);

            /**
             * SampleResult sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.SampleResult
             * @instance
             */
            SampleResult.prototype.sweeps = 0;

            /**
             * Creates a new SampleResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.SampleResult
             * @static
             * @param {ebm.v1.SampleResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.SampleResult} SampleResult instance
             * @type {{
             *   (properties: ebm.v1.SampleResult.$Shape): ebm.v1.SampleResult & ebm.v1.SampleResult.$Shape;
             *   (properties?: ebm.v1.SampleResult.$Properties): ebm.v1.SampleResult;
             * }}
             */
            SampleResult.create = function(properties) {
                return new SampleResult(properties);
            };

            /**
             * Encodes the specified SampleResult message. Does not implicitly {@link ebm.v1.SampleResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.SampleResult
             * @static
             * @param {ebm.v1.SampleResult.$Properties} message SampleResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SampleResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.observables != null && message.observables.length)
                    for (let i = 0; i < message.observables.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.observables[i]);
                if (message.series != null && $Object.hasOwnProperty.call(message, "series") && message.series.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.series);
                if (message.stateSize != null && $Object.hasOwnProperty.call(message, "stateSize") && message.stateSize !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.stateSize);
                if (message.stateType != null && $Object.hasOwnProperty.call(message, "stateType") && message.stateType !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.stateType);
                if (message.states != null && $Object.hasOwnProperty.call(message, "states") && message.states.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.states);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && !$Object.is(message.sweeps, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.sweeps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SampleResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.SampleResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.SampleResult & ebm.v1.SampleResult.$Shape} SampleResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SampleResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.SampleResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.observables && message.observables.length))
                                message.observables = [];
                            message.observables.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.series = value;
                            else
                                delete message.series;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stateSize = value;
                            else
                                delete message.stateSize;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.stateType = value;
                            else
                                delete message.stateType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.states = value;
                            else
                                delete message.states;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SampleResult
             * @function getTypeUrl
             * @memberof ebm.v1.SampleResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SampleResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.SampleResult";
            };

            return SampleResult;
        })();

        v1.PcdUnit = (function() {

            /**
             * Properties of a PcdUnit.
             * @typedef {Object} ebm.v1.PcdUnit.$Properties
             * @property {number|null} [nv] PcdUnit nv
             * @property {number|null} [nh] PcdUnit nh
             * @property {Uint8Array|null} [weights] PcdUnit weights
             * @property {Uint8Array|null} [visibleBias] PcdUnit visibleBias
             * @property {Uint8Array|null} [hiddenBias] PcdUnit hiddenBias
             * @property {Uint8Array|null} [data] PcdUnit data
             * @property {Uint8Array|null} [particles] PcdUnit particles
             * @property {string|null} [method] PcdUnit method
             * @property {number|null} [k] PcdUnit k
             * @property {number|null} [seed] PcdUnit seed
             * @property {number|null} [stream] PcdUnit stream
             * @property {string|null} [kernel] PcdUnit kernel
             * @property {Array.<number>|null} [temperingBetas] PcdUnit temperingBetas
             * @property {string|null} [configDigest] PcdUnit configDigest
             * @property {number|null} [shard] PcdUnit shard
             * @property {number|null} [heldUpdate] PcdUnit heldUpdate
             * @property {Array.<ebm.v1.PcdStep.$Properties>|null} [replay] PcdUnit replay
             * @property {boolean|null} [wantState] PcdUnit wantState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PcdUnit.
             * @memberof ebm.v1
             * @interface IPcdUnit
             * @augments ebm.v1.PcdUnit.$Properties
             * @deprecated Use ebm.v1.PcdUnit.$Properties instead.
             */

            /**
             * Shape of a PcdUnit.
             * @typedef {ebm.v1.PcdUnit.$Properties} ebm.v1.PcdUnit.$Shape
             */

            /**
             * Constructs a new PcdUnit.
             * @memberof ebm.v1
             * @classdesc Represents a PcdUnit.
             * @constructor
             * @param {ebm.v1.PcdUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PcdUnit = function (properties) {
                this.temperingBetas = [];
                this.replay = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PcdUnit nv.
             * @member {number} nv
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.nv = 0;

            /**
             * PcdUnit nh.
             * @member {number} nh
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.nh = 0;

            /**
             * PcdUnit weights.
             * @member {Uint8Array} weights
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.weights = $util.newBuffer([]);

            /**
             * PcdUnit visibleBias.
             * @member {Uint8Array} visibleBias
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.visibleBias = $util.newBuffer([]);

            /**
             * PcdUnit hiddenBias.
             * @member {Uint8Array} hiddenBias
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.hiddenBias = $util.newBuffer([]);

            /**
             * PcdUnit data.
             * @member {Uint8Array} data
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.data = $util.newBuffer([]);

            /**
             * PcdUnit particles.
             * @member {Uint8Array} particles
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.particles = $util.newBuffer([]);

            /**
             * PcdUnit method.
             * @member {string} method
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.method = "";

            /**
             * PcdUnit k.
             * @member {number} k
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.k = 0;

            /**
             * PcdUnit seed.
             * @member {number} seed
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PcdUnit stream.
             * @member {number} stream
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.stream = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PcdUnit kernel.
             * @member {string} kernel
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.kernel = "";

            /**
             * PcdUnit temperingBetas.
             * @member {Array.<number>} temperingBetas
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.temperingBetas = $util.emptyArray;

            /**
             * PcdUnit configDigest.
             * @member {string} configDigest
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.configDigest = "";

            /**
             * PcdUnit shard.
             * @member {number} shard
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.shard = 0;

            /**
             * PcdUnit heldUpdate.
             * @member {number} heldUpdate
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.heldUpdate = 0;

            /**
             * PcdUnit replay.
             * @member {Array.<ebm.v1.PcdStep.$Properties>} replay
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.replay = $util.emptyArray;

            /**
             * PcdUnit wantState.
             * @member {boolean} wantState
             * @memberof ebm.v1.PcdUnit
             * @instance
             */
            PcdUnit.prototype.wantState = false;

            /**
             * Creates a new PcdUnit instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PcdUnit
             * @static
             * @param {ebm.v1.PcdUnit.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PcdUnit} PcdUnit instance
             * @type {{
             *   (properties: ebm.v1.PcdUnit.$Shape): ebm.v1.PcdUnit & ebm.v1.PcdUnit.$Shape;
             *   (properties?: ebm.v1.PcdUnit.$Properties): ebm.v1.PcdUnit;
             * }}
             */
            PcdUnit.create = function(properties) {
                return new PcdUnit(properties);
            };

            /**
             * Encodes the specified PcdUnit message. Does not implicitly {@link ebm.v1.PcdUnit.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PcdUnit
             * @static
             * @param {ebm.v1.PcdUnit.$Properties} message PcdUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PcdUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nv != null && $Object.hasOwnProperty.call(message, "nv") && message.nv !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nv);
                if (message.nh != null && $Object.hasOwnProperty.call(message, "nh") && message.nh !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.nh);
                if (message.weights != null && $Object.hasOwnProperty.call(message, "weights") && message.weights.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.weights);
                if (message.visibleBias != null && $Object.hasOwnProperty.call(message, "visibleBias") && message.visibleBias.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.visibleBias);
                if (message.hiddenBias != null && $Object.hasOwnProperty.call(message, "hiddenBias") && message.hiddenBias.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.hiddenBias);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
                if (message.particles != null && $Object.hasOwnProperty.call(message, "particles") && message.particles.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.particles);
                if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.method);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.k);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.seed);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && (typeof message.stream === "object" ? message.stream.low || message.stream.high : message.stream !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.stream);
                if (message.kernel != null && $Object.hasOwnProperty.call(message, "kernel") && message.kernel !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.kernel);
                if (message.temperingBetas != null && message.temperingBetas.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).doubles(message.temperingBetas);
                if (message.configDigest != null && $Object.hasOwnProperty.call(message, "configDigest") && message.configDigest !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.configDigest);
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard") && message.shard !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.shard);
                if (message.heldUpdate != null && $Object.hasOwnProperty.call(message, "heldUpdate") && message.heldUpdate !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).uint32(message.heldUpdate);
                if (message.replay != null && message.replay.length)
                    for (let i = 0; i < message.replay.length; ++i)
                        $root.ebm.v1.PcdStep.encode(message.replay[i], writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.wantState != null && $Object.hasOwnProperty.call(message, "wantState") && message.wantState !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.wantState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PcdUnit message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PcdUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PcdUnit & ebm.v1.PcdUnit.$Shape} PcdUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PcdUnit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PcdUnit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nv = value;
                            else
                                delete message.nv;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nh = value;
                            else
                                delete message.nh;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.weights = value;
                            else
                                delete message.weights;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.visibleBias = value;
                            else
                                delete message.visibleBias;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hiddenBias = value;
                            else
                                delete message.hiddenBias;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.particles = value;
                            else
                                delete message.particles;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.method = value;
                            else
                                delete message.method;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kernel = value;
                            else
                                delete message.kernel;
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.temperingBetas && message.temperingBetas.length))
                                    message.temperingBetas = [];
                                reader.doubles(message.temperingBetas);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.temperingBetas && message.temperingBetas.length))
                                message.temperingBetas = [];
                            message.temperingBetas.push(reader.double());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configDigest = value;
                            else
                                delete message.configDigest;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.shard = value;
                            else
                                delete message.shard;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heldUpdate = value;
                            else
                                delete message.heldUpdate;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replay && message.replay.length))
                                message.replay = [];
                            message.replay.push($root.ebm.v1.PcdStep.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantState = value;
                            else
                                delete message.wantState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PcdUnit
             * @function getTypeUrl
             * @memberof ebm.v1.PcdUnit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PcdUnit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PcdUnit";
            };

            return PcdUnit;
        })();

        v1.PcdStep = (function() {

            /**
             * Properties of a PcdStep.
             * @typedef {Object} ebm.v1.PcdStep.$Properties
             * @property {Uint8Array|null} [weights] PcdStep weights
             * @property {Uint8Array|null} [visibleBias] PcdStep visibleBias
             * @property {Uint8Array|null} [hiddenBias] PcdStep hiddenBias
             * @property {number|null} [stream] PcdStep stream
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PcdStep.
             * @memberof ebm.v1
             * @interface IPcdStep
             * @augments ebm.v1.PcdStep.$Properties
             * @deprecated Use ebm.v1.PcdStep.$Properties instead.
             */

            /**
             * Shape of a PcdStep.
             * @typedef {ebm.v1.PcdStep.$Properties} ebm.v1.PcdStep.$Shape
             */

            /**
             * Constructs a new PcdStep.
             * @memberof ebm.v1
             * @classdesc Represents a PcdStep.
             * @constructor
             * @param {ebm.v1.PcdStep.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PcdStep = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PcdStep weights.
             * @member {Uint8Array} weights
             * @memberof ebm.v1.PcdStep
             * @instance
             */
            PcdStep.prototype.weights = $util.newBuffer([]);

            /**
             * PcdStep visibleBias.
             * @member {Uint8Array} visibleBias
             * @memberof ebm.v1.PcdStep
             * @instance
             */
            PcdStep.prototype.visibleBias = $util.newBuffer([]);

            /**
             * PcdStep hiddenBias.
             * @member {Uint8Array} hiddenBias
             * @memberof ebm.v1.PcdStep
             * @instance
             */
            PcdStep.prototype.hiddenBias = $util.newBuffer([]);

            /**
             * PcdStep stream.
             * @member {number} stream
             * @memberof ebm.v1.PcdStep
             * @instance
             */
            PcdStep.prototype.stream = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PcdStep instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PcdStep
             * @static
             * @param {ebm.v1.PcdStep.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PcdStep} PcdStep instance
             * @type {{
             *   (properties: ebm.v1.PcdStep.$Shape): ebm.v1.PcdStep & ebm.v1.PcdStep.$Shape;
             *   (properties?: ebm.v1.PcdStep.$Properties): ebm.v1.PcdStep;
             * }}
             */
            PcdStep.create = function(properties) {
                return new PcdStep(properties);
            };

            /**
             * Encodes the specified PcdStep message. Does not implicitly {@link ebm.v1.PcdStep.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PcdStep
             * @static
             * @param {ebm.v1.PcdStep.$Properties} message PcdStep message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PcdStep.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.weights != null && $Object.hasOwnProperty.call(message, "weights") && message.weights.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.weights);
                if (message.visibleBias != null && $Object.hasOwnProperty.call(message, "visibleBias") && message.visibleBias.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.visibleBias);
                if (message.hiddenBias != null && $Object.hasOwnProperty.call(message, "hiddenBias") && message.hiddenBias.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.hiddenBias);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && (typeof message.stream === "object" ? message.stream.low || message.stream.high : message.stream !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.stream);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PcdStep message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PcdStep
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PcdStep & ebm.v1.PcdStep.$Shape} PcdStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PcdStep.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PcdStep();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.weights = value;
                            else
                                delete message.weights;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.visibleBias = value;
                            else
                                delete message.visibleBias;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hiddenBias = value;
                            else
                                delete message.hiddenBias;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PcdStep
             * @function getTypeUrl
             * @memberof ebm.v1.PcdStep
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PcdStep.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PcdStep";
            };

            return PcdStep;
        })();

        v1.RbmStatistics = (function() {

            /**
             * Properties of a RbmStatistics.
             * @typedef {Object} ebm.v1.RbmStatistics.$Properties
             * @property {Uint8Array|null} [w] RbmStatistics w
             * @property {Uint8Array|null} [b] RbmStatistics b
             * @property {Uint8Array|null} [c] RbmStatistics c
             * @property {number|null} [rows] RbmStatistics rows
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RbmStatistics.
             * @memberof ebm.v1
             * @interface IRbmStatistics
             * @augments ebm.v1.RbmStatistics.$Properties
             * @deprecated Use ebm.v1.RbmStatistics.$Properties instead.
             */

            /**
             * Shape of a RbmStatistics.
             * @typedef {ebm.v1.RbmStatistics.$Properties} ebm.v1.RbmStatistics.$Shape
             */

            /**
             * Constructs a new RbmStatistics.
             * @memberof ebm.v1
             * @classdesc Represents a RbmStatistics.
             * @constructor
             * @param {ebm.v1.RbmStatistics.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RbmStatistics = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RbmStatistics w.
             * @member {Uint8Array} w
             * @memberof ebm.v1.RbmStatistics
             * @instance
             */
            RbmStatistics.prototype.w = $util.newBuffer([]);

            /**
             * RbmStatistics b.
             * @member {Uint8Array} b
             * @memberof ebm.v1.RbmStatistics
             * @instance
             */
            RbmStatistics.prototype.b = $util.newBuffer([]);

            /**
             * RbmStatistics c.
             * @member {Uint8Array} c
             * @memberof ebm.v1.RbmStatistics
             * @instance
             */
            RbmStatistics.prototype.c = $util.newBuffer([]);

            /**
             * RbmStatistics rows.
             * @member {number} rows
             * @memberof ebm.v1.RbmStatistics
             * @instance
             */
            RbmStatistics.prototype.rows = 0;

            /**
             * Creates a new RbmStatistics instance using the specified properties.
             * @function create
             * @memberof ebm.v1.RbmStatistics
             * @static
             * @param {ebm.v1.RbmStatistics.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.RbmStatistics} RbmStatistics instance
             * @type {{
             *   (properties: ebm.v1.RbmStatistics.$Shape): ebm.v1.RbmStatistics & ebm.v1.RbmStatistics.$Shape;
             *   (properties?: ebm.v1.RbmStatistics.$Properties): ebm.v1.RbmStatistics;
             * }}
             */
            RbmStatistics.create = function(properties) {
                return new RbmStatistics(properties);
            };

            /**
             * Encodes the specified RbmStatistics message. Does not implicitly {@link ebm.v1.RbmStatistics.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.RbmStatistics
             * @static
             * @param {ebm.v1.RbmStatistics.$Properties} message RbmStatistics message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RbmStatistics.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.w != null && $Object.hasOwnProperty.call(message, "w") && message.w.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.w);
                if (message.b != null && $Object.hasOwnProperty.call(message, "b") && message.b.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.b);
                if (message.c != null && $Object.hasOwnProperty.call(message, "c") && message.c.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.c);
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.rows);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RbmStatistics message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.RbmStatistics
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.RbmStatistics & ebm.v1.RbmStatistics.$Shape} RbmStatistics
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RbmStatistics.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.RbmStatistics();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.w = value;
                            else
                                delete message.w;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.b = value;
                            else
                                delete message.b;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.c = value;
                            else
                                delete message.c;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for RbmStatistics
             * @function getTypeUrl
             * @memberof ebm.v1.RbmStatistics
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RbmStatistics.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.RbmStatistics";
            };

            return RbmStatistics;
        })();

        v1.PcdResult = (function() {

            /**
             * Properties of a PcdResult.
             * @typedef {Object} ebm.v1.PcdResult.$Properties
             * @property {ebm.v1.RbmStatistics.$Properties|null} [positive] PcdResult positive
             * @property {ebm.v1.RbmStatistics.$Properties|null} [negative] PcdResult negative
             * @property {Uint8Array|null} [particles] PcdResult particles
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PcdResult.
             * @memberof ebm.v1
             * @interface IPcdResult
             * @augments ebm.v1.PcdResult.$Properties
             * @deprecated Use ebm.v1.PcdResult.$Properties instead.
             */

            /**
             * Shape of a PcdResult.
             * @typedef {ebm.v1.PcdResult.$Properties} ebm.v1.PcdResult.$Shape
             */

            /**
             * Constructs a new PcdResult.
             * @memberof ebm.v1
             * @classdesc Represents a PcdResult.
             * @constructor
             * @param {ebm.v1.PcdResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PcdResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PcdResult positive.
             * @member {ebm.v1.RbmStatistics.$Properties|null|undefined} positive
             * @memberof ebm.v1.PcdResult
             * @instance
             */
            PcdResult.prototype.positive = null;

            /**
             * PcdResult negative.
             * @member {ebm.v1.RbmStatistics.$Properties|null|undefined} negative
             * @memberof ebm.v1.PcdResult
             * @instance
             */
            PcdResult.prototype.negative = null;

            /**
             * PcdResult particles.
             * @member {Uint8Array} particles
             * @memberof ebm.v1.PcdResult
             * @instance
             */
            PcdResult.prototype.particles = $util.newBuffer([]);

            /**
             * Creates a new PcdResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PcdResult
             * @static
             * @param {ebm.v1.PcdResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PcdResult} PcdResult instance
             * @type {{
             *   (properties: ebm.v1.PcdResult.$Shape): ebm.v1.PcdResult & ebm.v1.PcdResult.$Shape;
             *   (properties?: ebm.v1.PcdResult.$Properties): ebm.v1.PcdResult;
             * }}
             */
            PcdResult.create = function(properties) {
                return new PcdResult(properties);
            };

            /**
             * Encodes the specified PcdResult message. Does not implicitly {@link ebm.v1.PcdResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PcdResult
             * @static
             * @param {ebm.v1.PcdResult.$Properties} message PcdResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PcdResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.positive != null && $Object.hasOwnProperty.call(message, "positive"))
                    $root.ebm.v1.RbmStatistics.encode(message.positive, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.negative != null && $Object.hasOwnProperty.call(message, "negative"))
                    $root.ebm.v1.RbmStatistics.encode(message.negative, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.particles != null && $Object.hasOwnProperty.call(message, "particles") && message.particles.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.particles);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PcdResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PcdResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PcdResult & ebm.v1.PcdResult.$Shape} PcdResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PcdResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PcdResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.positive = $root.ebm.v1.RbmStatistics.decode(reader, reader.size(), $undefined, _depth + 1, message.positive);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.negative = $root.ebm.v1.RbmStatistics.decode(reader, reader.size(), $undefined, _depth + 1, message.negative);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.particles = value;
                            else
                                delete message.particles;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PcdResult
             * @function getTypeUrl
             * @memberof ebm.v1.PcdResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PcdResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PcdResult";
            };

            return PcdResult;
        })();

        v1.UnitError = (function() {

            /**
             * Properties of a UnitError.
             * @typedef {Object} ebm.v1.UnitError.$Properties
             * @property {string|null} [kind] UnitError kind
             * @property {string|null} [message] UnitError message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UnitError.
             * @memberof ebm.v1
             * @interface IUnitError
             * @augments ebm.v1.UnitError.$Properties
             * @deprecated Use ebm.v1.UnitError.$Properties instead.
             */

            /**
             * Shape of a UnitError.
             * @typedef {ebm.v1.UnitError.$Properties} ebm.v1.UnitError.$Shape
             */

            /**
             * Constructs a new UnitError.
             * @memberof ebm.v1
             * @classdesc Represents a UnitError.
             * @constructor
             * @param {ebm.v1.UnitError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnitError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnitError kind.
             * @member {string} kind
             * @memberof ebm.v1.UnitError
             * @instance
             */
            UnitError.prototype.kind = "";

            /**
             * UnitError message.
             * @member {string} message
             * @memberof ebm.v1.UnitError
             * @instance
             */
            UnitError.prototype.message = "";

            /**
             * Creates a new UnitError instance using the specified properties.
             * @function create
             * @memberof ebm.v1.UnitError
             * @static
             * @param {ebm.v1.UnitError.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.UnitError} UnitError instance
             * @type {{
             *   (properties: ebm.v1.UnitError.$Shape): ebm.v1.UnitError & ebm.v1.UnitError.$Shape;
             *   (properties?: ebm.v1.UnitError.$Properties): ebm.v1.UnitError;
             * }}
             */
            UnitError.create = function(properties) {
                return new UnitError(properties);
            };

            /**
             * Encodes the specified UnitError message. Does not implicitly {@link ebm.v1.UnitError.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.UnitError
             * @static
             * @param {ebm.v1.UnitError.$Properties} message UnitError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnitError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.kind);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UnitError message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.UnitError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.UnitError & ebm.v1.UnitError.$Shape} UnitError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnitError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.UnitError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for UnitError
             * @function getTypeUrl
             * @memberof ebm.v1.UnitError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnitError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.UnitError";
            };

            return UnitError;
        })();

        v1.WorkerStatus = (function() {

            /**
             * Properties of a WorkerStatus.
             * @typedef {Object} ebm.v1.WorkerStatus.$Properties
             * @property {number|null} [protocolVersion] WorkerStatus protocolVersion
             * @property {string|null} [worker] WorkerStatus worker
             * @property {ebm.v1.WorkerStatus.Kind|null} [kind] WorkerStatus kind
             * @property {number|null} [threads] WorkerStatus threads
             * @property {number|null} [unitsRunning] WorkerStatus unitsRunning
             * @property {number|null} [sequence] WorkerStatus sequence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerStatus.
             * @memberof ebm.v1
             * @interface IWorkerStatus
             * @augments ebm.v1.WorkerStatus.$Properties
             * @deprecated Use ebm.v1.WorkerStatus.$Properties instead.
             */

            /**
             * Shape of a WorkerStatus.
             * @typedef {ebm.v1.WorkerStatus.$Properties} ebm.v1.WorkerStatus.$Shape
             */

            /**
             * Constructs a new WorkerStatus.
             * @memberof ebm.v1
             * @classdesc Represents a WorkerStatus.
             * @constructor
             * @param {ebm.v1.WorkerStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerStatus protocolVersion.
             * @member {number} protocolVersion
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.protocolVersion = 0;

            /**
             * WorkerStatus worker.
             * @member {string} worker
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.worker = "";

            /**
             * WorkerStatus kind.
             * @member {ebm.v1.WorkerStatus.Kind} kind
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.kind = 0;

            /**
             * WorkerStatus threads.
             * @member {number} threads
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.threads = 0;

            /**
             * WorkerStatus unitsRunning.
             * @member {number} unitsRunning
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.unitsRunning = 0;

            /**
             * WorkerStatus sequence.
             * @member {number} sequence
             * @memberof ebm.v1.WorkerStatus
             * @instance
             */
            WorkerStatus.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WorkerStatus instance using the specified properties.
             * @function create
             * @memberof ebm.v1.WorkerStatus
             * @static
             * @param {ebm.v1.WorkerStatus.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.WorkerStatus} WorkerStatus instance
             * @type {{
             *   (properties: ebm.v1.WorkerStatus.$Shape): ebm.v1.WorkerStatus & ebm.v1.WorkerStatus.$Shape;
             *   (properties?: ebm.v1.WorkerStatus.$Properties): ebm.v1.WorkerStatus;
             * }}
             */
            WorkerStatus.create = function(properties) {
                return new WorkerStatus(properties);
            };

            /**
             * Encodes the specified WorkerStatus message. Does not implicitly {@link ebm.v1.WorkerStatus.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.WorkerStatus
             * @static
             * @param {ebm.v1.WorkerStatus.$Properties} message WorkerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.worker != null && $Object.hasOwnProperty.call(message, "worker") && message.worker !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.worker);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.kind);
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads") && message.threads !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.threads);
                if (message.unitsRunning != null && $Object.hasOwnProperty.call(message, "unitsRunning") && message.unitsRunning !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.unitsRunning);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.WorkerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.WorkerStatus & ebm.v1.WorkerStatus.$Shape} WorkerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.WorkerStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.worker = value;
                            else
                                delete message.worker;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threads = value;
                            else
                                delete message.threads;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.unitsRunning = value;
                            else
                                delete message.unitsRunning;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for WorkerStatus
             * @function getTypeUrl
             * @memberof ebm.v1.WorkerStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkerStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.WorkerStatus";
            };

            /**
             * Kind enum.
             * @name ebm.v1.WorkerStatus.Kind
             * @enum {number}
             * @property {number} HELLO=0 HELLO value
             * @property {number} HEARTBEAT=1 HEARTBEAT value
             * @property {number} GOODBYE=2 GOODBYE value
             */
            WorkerStatus.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "HELLO"] = 0;
                values[valuesById[1] = "HEARTBEAT"] = 1;
                values[valuesById[2] = "GOODBYE"] = 2;
                return values;
            })();

            return WorkerStatus;
        })();

        v1.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} ebm.v1.Chunk.$Properties
             * @property {number|null} [protocolVersion] Chunk protocolVersion
             * @property {string|null} [messageId] Chunk messageId
             * @property {number|null} [index] Chunk index
             * @property {number|null} [count] Chunk count
             * @property {number|null} [totalBytes] Chunk totalBytes
             * @property {Uint8Array|null} [data] Chunk data
             * @property {string|null} [continueSubject] Chunk continueSubject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof ebm.v1
             * @interface IChunk
             * @augments ebm.v1.Chunk.$Properties
             * @deprecated Use ebm.v1.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {ebm.v1.Chunk.$Properties} ebm.v1.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof ebm.v1
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {ebm.v1.Chunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Chunk protocolVersion.
             * @member {number} protocolVersion
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.protocolVersion = 0;

            /**
             * Chunk messageId.
             * @member {string} messageId
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.messageId = "";

            /**
             * Chunk index.
             * @member {number} index
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.index = 0;

            /**
             * Chunk count.
             * @member {number} count
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.count = 0;

            /**
             * Chunk totalBytes.
             * @member {number} totalBytes
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.totalBytes = 0;

            /**
             * Chunk data.
             * @member {Uint8Array} data
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.data = $util.newBuffer([]);

            /**
             * Chunk continueSubject.
             * @member {string} continueSubject
             * @memberof ebm.v1.Chunk
             * @instance
             */
            Chunk.prototype.continueSubject = "";

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof ebm.v1.Chunk
             * @static
             * @param {ebm.v1.Chunk.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.Chunk} Chunk instance
             * @type {{
             *   (properties: ebm.v1.Chunk.$Shape): ebm.v1.Chunk & ebm.v1.Chunk.$Shape;
             *   (properties?: ebm.v1.Chunk.$Properties): ebm.v1.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link ebm.v1.Chunk.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.Chunk
             * @static
             * @param {ebm.v1.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.count);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && message.totalBytes !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.totalBytes);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.data);
                if (message.continueSubject != null && $Object.hasOwnProperty.call(message, "continueSubject") && message.continueSubject !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.continueSubject);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.Chunk & ebm.v1.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.Chunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.continueSubject = value;
                            else
                                delete message.continueSubject;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Chunk
             * @function getTypeUrl
             * @memberof ebm.v1.Chunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Chunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.Chunk";
            };

            return Chunk;
        })();

        v1.PtUnit = (function() {

            /**
             * Properties of a PtUnit.
             * @typedef {Object} ebm.v1.PtUnit.$Properties
             * @property {string|null} [modelJson] PtUnit modelJson
             * @property {string|null} [referenceJson] PtUnit referenceJson
             * @property {number|null} [seed] PtUnit seed
             * @property {string|null} [sampler] PtUnit sampler
             * @property {number|null} [copy] PtUnit copy
             * @property {number|null} [replicas] PtUnit replicas
             * @property {Uint8Array|null} [betas] PtUnit betas
             * @property {string|null} [scheme] PtUnit scheme
             * @property {number|null} [scanStart] PtUnit scanStart
             * @property {number|null} [scans] PtUnit scans
             * @property {number|null} [sweeps] PtUnit sweeps
             * @property {ebm.v1.PtCopyState.$Properties|null} [state] PtUnit state
             * @property {number|null} [heldRound] PtUnit heldRound
             * @property {Array.<ebm.v1.PtRoundSpec.$Properties>|null} [replay] PtUnit replay
             * @property {boolean|null} [wantState] PtUnit wantState
             * @property {string|null} [configDigest] PtUnit configDigest
             * @property {boolean|null} [wantObservations] PtUnit wantObservations
             * @property {boolean|null} [wantSeries] PtUnit wantSeries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtUnit.
             * @memberof ebm.v1
             * @interface IPtUnit
             * @augments ebm.v1.PtUnit.$Properties
             * @deprecated Use ebm.v1.PtUnit.$Properties instead.
             */

            /**
             * Shape of a PtUnit.
             * @typedef {ebm.v1.PtUnit.$Properties} ebm.v1.PtUnit.$Shape
             */

            /**
             * Constructs a new PtUnit.
             * @memberof ebm.v1
             * @classdesc Represents a PtUnit.
             * @constructor
             * @param {ebm.v1.PtUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PtUnit = function (properties) {
                this.replay = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PtUnit modelJson.
             * @member {string} modelJson
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.modelJson = "";

            /**
             * PtUnit referenceJson.
             * @member {string} referenceJson
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.referenceJson = "";

            /**
             * PtUnit seed.
             * @member {number} seed
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PtUnit sampler.
             * @member {string} sampler
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.sampler = "";

            /**
             * PtUnit copy.
             * @member {number} copy
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.copy = 0;

            /**
             * PtUnit replicas.
             * @member {number} replicas
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.replicas = 0;

            /**
             * PtUnit betas.
             * @member {Uint8Array} betas
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.betas = $util.newBuffer([]);

            /**
             * PtUnit scheme.
             * @member {string} scheme
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.scheme = "";

            /**
             * PtUnit scanStart.
             * @member {number} scanStart
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.scanStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PtUnit scans.
             * @member {number} scans
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.scans = 0;

            /**
             * PtUnit sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.sweeps = 0;

            /**
             * PtUnit state.
             * @member {ebm.v1.PtCopyState.$Properties|null|undefined} state
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.state = null;

            /**
             * PtUnit heldRound.
             * @member {number} heldRound
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.heldRound = 0;

            /**
             * PtUnit replay.
             * @member {Array.<ebm.v1.PtRoundSpec.$Properties>} replay
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.replay = $util.emptyArray;

            /**
             * PtUnit wantState.
             * @member {boolean} wantState
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.wantState = false;

            /**
             * PtUnit configDigest.
             * @member {string} configDigest
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.configDigest = "";

            /**
             * PtUnit wantObservations.
             * @member {boolean} wantObservations
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.wantObservations = false;

            /**
             * PtUnit wantSeries.
             * @member {boolean} wantSeries
             * @memberof ebm.v1.PtUnit
             * @instance
             */
            PtUnit.prototype.wantSeries = false;

            /**
             * Creates a new PtUnit instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PtUnit
             * @static
             * @param {ebm.v1.PtUnit.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PtUnit} PtUnit instance
             * @type {{
             *   (properties: ebm.v1.PtUnit.$Shape): ebm.v1.PtUnit & ebm.v1.PtUnit.$Shape;
             *   (properties?: ebm.v1.PtUnit.$Properties): ebm.v1.PtUnit;
             * }}
             */
            PtUnit.create = function(properties) {
                return new PtUnit(properties);
            };

            /**
             * Encodes the specified PtUnit message. Does not implicitly {@link ebm.v1.PtUnit.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PtUnit
             * @static
             * @param {ebm.v1.PtUnit.$Properties} message PtUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelJson != null && $Object.hasOwnProperty.call(message, "modelJson") && message.modelJson !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.modelJson);
                if (message.referenceJson != null && $Object.hasOwnProperty.call(message, "referenceJson") && message.referenceJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.referenceJson);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seed);
                if (message.sampler != null && $Object.hasOwnProperty.call(message, "sampler") && message.sampler !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sampler);
                if (message.copy != null && $Object.hasOwnProperty.call(message, "copy") && message.copy !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.copy);
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas") && message.replicas !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.replicas);
                if (message.betas != null && $Object.hasOwnProperty.call(message, "betas") && message.betas.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.betas);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.scheme);
                if (message.scanStart != null && $Object.hasOwnProperty.call(message, "scanStart") && (typeof message.scanStart === "object" ? message.scanStart.low || message.scanStart.high : message.scanStart !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.scanStart);
                if (message.scans != null && $Object.hasOwnProperty.call(message, "scans") && message.scans !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.scans);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && message.sweeps !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.sweeps);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.ebm.v1.PtCopyState.encode(message.state, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.heldRound != null && $Object.hasOwnProperty.call(message, "heldRound") && message.heldRound !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.heldRound);
                if (message.replay != null && message.replay.length)
                    for (let i = 0; i < message.replay.length; ++i)
                        $root.ebm.v1.PtRoundSpec.encode(message.replay[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.wantState != null && $Object.hasOwnProperty.call(message, "wantState") && message.wantState !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.wantState);
                if (message.configDigest != null && $Object.hasOwnProperty.call(message, "configDigest") && message.configDigest !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.configDigest);
                if (message.wantObservations != null && $Object.hasOwnProperty.call(message, "wantObservations") && message.wantObservations !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.wantObservations);
                if (message.wantSeries != null && $Object.hasOwnProperty.call(message, "wantSeries") && message.wantSeries !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.wantSeries);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PtUnit message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PtUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PtUnit & ebm.v1.PtUnit.$Shape} PtUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtUnit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PtUnit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelJson = value;
                            else
                                delete message.modelJson;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.referenceJson = value;
                            else
                                delete message.referenceJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sampler = value;
                            else
                                delete message.sampler;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.copy = value;
                            else
                                delete message.copy;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.replicas = value;
                            else
                                delete message.replicas;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.betas = value;
                            else
                                delete message.betas;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.scanStart = value;
                            else
                                delete message.scanStart;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.scans = value;
                            else
                                delete message.scans;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.ebm.v1.PtCopyState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heldRound = value;
                            else
                                delete message.heldRound;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replay && message.replay.length))
                                message.replay = [];
                            message.replay.push($root.ebm.v1.PtRoundSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantState = value;
                            else
                                delete message.wantState;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configDigest = value;
                            else
                                delete message.configDigest;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantObservations = value;
                            else
                                delete message.wantObservations;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.wantSeries = value;
                            else
                                delete message.wantSeries;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PtUnit
             * @function getTypeUrl
             * @memberof ebm.v1.PtUnit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtUnit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PtUnit";
            };

            return PtUnit;
        })();

        v1.PtRoundSpec = (function() {

            /**
             * Properties of a PtRoundSpec.
             * @typedef {Object} ebm.v1.PtRoundSpec.$Properties
             * @property {Uint8Array|null} [betas] PtRoundSpec betas
             * @property {number|null} [scanStart] PtRoundSpec scanStart
             * @property {number|null} [scans] PtRoundSpec scans
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtRoundSpec.
             * @memberof ebm.v1
             * @interface IPtRoundSpec
             * @augments ebm.v1.PtRoundSpec.$Properties
             * @deprecated Use ebm.v1.PtRoundSpec.$Properties instead.
             */

            /**
             * Shape of a PtRoundSpec.
             * @typedef {ebm.v1.PtRoundSpec.$Properties} ebm.v1.PtRoundSpec.$Shape
             */

            /**
             * Constructs a new PtRoundSpec.
             * @memberof ebm.v1
             * @classdesc Represents a PtRoundSpec.
             * @constructor
             * @param {ebm.v1.PtRoundSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PtRoundSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PtRoundSpec betas.
             * @member {Uint8Array} betas
             * @memberof ebm.v1.PtRoundSpec
             * @instance
             */
            PtRoundSpec.prototype.betas = $util.newBuffer([]);

            /**
             * PtRoundSpec scanStart.
             * @member {number} scanStart
             * @memberof ebm.v1.PtRoundSpec
             * @instance
             */
            PtRoundSpec.prototype.scanStart = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PtRoundSpec scans.
             * @member {number} scans
             * @memberof ebm.v1.PtRoundSpec
             * @instance
             */
            PtRoundSpec.prototype.scans = 0;

            /**
             * Creates a new PtRoundSpec instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PtRoundSpec
             * @static
             * @param {ebm.v1.PtRoundSpec.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PtRoundSpec} PtRoundSpec instance
             * @type {{
             *   (properties: ebm.v1.PtRoundSpec.$Shape): ebm.v1.PtRoundSpec & ebm.v1.PtRoundSpec.$Shape;
             *   (properties?: ebm.v1.PtRoundSpec.$Properties): ebm.v1.PtRoundSpec;
             * }}
             */
            PtRoundSpec.create = function(properties) {
                return new PtRoundSpec(properties);
            };

            /**
             * Encodes the specified PtRoundSpec message. Does not implicitly {@link ebm.v1.PtRoundSpec.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PtRoundSpec
             * @static
             * @param {ebm.v1.PtRoundSpec.$Properties} message PtRoundSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtRoundSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.betas != null && $Object.hasOwnProperty.call(message, "betas") && message.betas.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.betas);
                if (message.scanStart != null && $Object.hasOwnProperty.call(message, "scanStart") && (typeof message.scanStart === "object" ? message.scanStart.low || message.scanStart.high : message.scanStart !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.scanStart);
                if (message.scans != null && $Object.hasOwnProperty.call(message, "scans") && message.scans !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.scans);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PtRoundSpec message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PtRoundSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PtRoundSpec & ebm.v1.PtRoundSpec.$Shape} PtRoundSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtRoundSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PtRoundSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.betas = value;
                            else
                                delete message.betas;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.scanStart = value;
                            else
                                delete message.scanStart;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.scans = value;
                            else
                                delete message.scans;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PtRoundSpec
             * @function getTypeUrl
             * @memberof ebm.v1.PtRoundSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtRoundSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PtRoundSpec";
            };

            return PtRoundSpec;
        })();

        v1.PtCopyState = (function() {

            /**
             * Properties of a PtCopyState.
             * @typedef {Object} ebm.v1.PtCopyState.$Properties
             * @property {Array.<Uint8Array>|null} [chainStates] PtCopyState chainStates
             * @property {Uint8Array|null} [replicaRngStates] PtCopyState replicaRngStates
             * @property {Uint8Array|null} [replicaAtLevel] PtCopyState replicaAtLevel
             * @property {Uint8Array|null} [lastEnd] PtCopyState lastEnd
             * @property {Uint8Array|null} [swapRngState] PtCopyState swapRngState
             * @property {number|null} [roundTrips] PtCopyState roundTrips
             * @property {number|null} [restarts] PtCopyState restarts
             * @property {ebm.v1.PackedStates.$Properties|null} [packedChainStates] PtCopyState packedChainStates
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtCopyState.
             * @memberof ebm.v1
             * @interface IPtCopyState
             * @augments ebm.v1.PtCopyState.$Properties
             * @deprecated Use ebm.v1.PtCopyState.$Properties instead.
             */

            /**
             * Shape of a PtCopyState.
             * @typedef {ebm.v1.PtCopyState.$Properties} ebm.v1.PtCopyState.$Shape
             */

            /**
             * Constructs a new PtCopyState.
             * @memberof ebm.v1
             * @classdesc Represents a PtCopyState.
             * @constructor
             * @param {ebm.v1.PtCopyState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PtCopyState = function (properties) {
                this.chainStates = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PtCopyState chainStates.
             * @member {Array.<Uint8Array>} chainStates
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.chainStates = $util.emptyArray;

            /**
             * PtCopyState replicaRngStates.
             * @member {Uint8Array} replicaRngStates
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.replicaRngStates = $util.newBuffer([]);

            /**
             * PtCopyState replicaAtLevel.
             * @member {Uint8Array} replicaAtLevel
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.replicaAtLevel = $util.newBuffer([]);

            /**
             * PtCopyState lastEnd.
             * @member {Uint8Array} lastEnd
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.lastEnd = $util.newBuffer([]);

            /**
             * PtCopyState swapRngState.
             * @member {Uint8Array} swapRngState
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.swapRngState = $util.newBuffer([]);

            /**
             * PtCopyState roundTrips.
             * @member {number} roundTrips
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.roundTrips = 0;

            /**
             * PtCopyState restarts.
             * @member {number} restarts
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.restarts = 0;

            /**
             * PtCopyState packedChainStates.
             * @member {ebm.v1.PackedStates.$Properties|null|undefined} packedChainStates
             * @memberof ebm.v1.PtCopyState
             * @instance
             */
            PtCopyState.prototype.packedChainStates = null;

            /**
             * Creates a new PtCopyState instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PtCopyState
             * @static
             * @param {ebm.v1.PtCopyState.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PtCopyState} PtCopyState instance
             * @type {{
             *   (properties: ebm.v1.PtCopyState.$Shape): ebm.v1.PtCopyState & ebm.v1.PtCopyState.$Shape;
             *   (properties?: ebm.v1.PtCopyState.$Properties): ebm.v1.PtCopyState;
             * }}
             */
            PtCopyState.create = function(properties) {
                return new PtCopyState(properties);
            };

            /**
             * Encodes the specified PtCopyState message. Does not implicitly {@link ebm.v1.PtCopyState.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PtCopyState
             * @static
             * @param {ebm.v1.PtCopyState.$Properties} message PtCopyState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtCopyState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainStates != null && message.chainStates.length)
                    for (let i = 0; i < message.chainStates.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.chainStates[i]);
                if (message.replicaRngStates != null && $Object.hasOwnProperty.call(message, "replicaRngStates") && message.replicaRngStates.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.replicaRngStates);
                if (message.replicaAtLevel != null && $Object.hasOwnProperty.call(message, "replicaAtLevel") && message.replicaAtLevel.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.replicaAtLevel);
                if (message.lastEnd != null && $Object.hasOwnProperty.call(message, "lastEnd") && message.lastEnd.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.lastEnd);
                if (message.swapRngState != null && $Object.hasOwnProperty.call(message, "swapRngState") && message.swapRngState.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.swapRngState);
                if (message.roundTrips != null && $Object.hasOwnProperty.call(message, "roundTrips") && message.roundTrips !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.roundTrips);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.restarts);
                if (message.packedChainStates != null && $Object.hasOwnProperty.call(message, "packedChainStates"))
                    $root.ebm.v1.PackedStates.encode(message.packedChainStates, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PtCopyState message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PtCopyState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PtCopyState & ebm.v1.PtCopyState.$Shape} PtCopyState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtCopyState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PtCopyState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.chainStates && message.chainStates.length))
                                message.chainStates = [];
                            message.chainStates.push(reader.bytes());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.replicaRngStates = value;
                            else
                                delete message.replicaRngStates;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.replicaAtLevel = value;
                            else
                                delete message.replicaAtLevel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.lastEnd = value;
                            else
                                delete message.lastEnd;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.swapRngState = value;
                            else
                                delete message.swapRngState;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.roundTrips = value;
                            else
                                delete message.roundTrips;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.packedChainStates = $root.ebm.v1.PackedStates.decode(reader, reader.size(), $undefined, _depth + 1, message.packedChainStates);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PtCopyState
             * @function getTypeUrl
             * @memberof ebm.v1.PtCopyState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtCopyState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PtCopyState";
            };

            return PtCopyState;
        })();

        v1.PackedStates = (function() {

            /**
             * Properties of a PackedStates.
             * @typedef {Object} ebm.v1.PackedStates.$Properties
             * @property {number|null} [count] PackedStates count
             * @property {number|null} [length] PackedStates length
             * @property {number|null} [low] PackedStates low
             * @property {number|null} [high] PackedStates high
             * @property {Uint8Array|null} [bits] PackedStates bits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PackedStates.
             * @memberof ebm.v1
             * @interface IPackedStates
             * @augments ebm.v1.PackedStates.$Properties
             * @deprecated Use ebm.v1.PackedStates.$Properties instead.
             */

            /**
             * Shape of a PackedStates.
             * @typedef {ebm.v1.PackedStates.$Properties} ebm.v1.PackedStates.$Shape
             */

            /**
             * Constructs a new PackedStates.
             * @memberof ebm.v1
             * @classdesc Represents a PackedStates.
             * @constructor
             * @param {ebm.v1.PackedStates.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PackedStates = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PackedStates count.
             * @member {number} count
             * @memberof ebm.v1.PackedStates
             * @instance
             */
            PackedStates.prototype.count = 0;

            /**
             * PackedStates length.
             * @member {number} length
             * @memberof ebm.v1.PackedStates
             * @instance
             */
            PackedStates.prototype.length = 0;

            /**
             * PackedStates low.
             * @member {number} low
             * @memberof ebm.v1.PackedStates
             * @instance
             */
            PackedStates.prototype.low = 0;

            /**
             * PackedStates high.
             * @member {number} high
             * @memberof ebm.v1.PackedStates
             * @instance
             */
            PackedStates.prototype.high = 0;

            /**
             * PackedStates bits.
             * @member {Uint8Array} bits
             * @memberof ebm.v1.PackedStates
             * @instance
             */
            PackedStates.prototype.bits = $util.newBuffer([]);

            /**
             * Creates a new PackedStates instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PackedStates
             * @static
             * @param {ebm.v1.PackedStates.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PackedStates} PackedStates instance
             * @type {{
             *   (properties: ebm.v1.PackedStates.$Shape): ebm.v1.PackedStates & ebm.v1.PackedStates.$Shape;
             *   (properties?: ebm.v1.PackedStates.$Properties): ebm.v1.PackedStates;
             * }}
             */
            PackedStates.create = function(properties) {
                return new PackedStates(properties);
            };

            /**
             * Encodes the specified PackedStates message. Does not implicitly {@link ebm.v1.PackedStates.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PackedStates
             * @static
             * @param {ebm.v1.PackedStates.$Properties} message PackedStates message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PackedStates.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.length);
                if (message.low != null && $Object.hasOwnProperty.call(message, "low") && message.low !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.low);
                if (message.high != null && $Object.hasOwnProperty.call(message, "high") && message.high !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.high);
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits") && message.bits.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.bits);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PackedStates message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PackedStates
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PackedStates & ebm.v1.PackedStates.$Shape} PackedStates
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PackedStates.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PackedStates();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.length = value;
                            else
                                delete message.length;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.low = value;
                            else
                                delete message.low;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.high = value;
                            else
                                delete message.high;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bits = value;
                            else
                                delete message.bits;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PackedStates
             * @function getTypeUrl
             * @memberof ebm.v1.PackedStates
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PackedStates.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PackedStates";
            };

            return PackedStates;
        })();

        v1.PtResult = (function() {

            /**
             * Properties of a PtResult.
             * @typedef {Object} ebm.v1.PtResult.$Properties
             * @property {ebm.v1.PtCopyState.$Properties|null} [state] PtResult state
             * @property {number|null} [scans] PtResult scans
             * @property {Array.<string>|null} [observationNames] PtResult observationNames
             * @property {Uint8Array|null} [forward] PtResult forward
             * @property {Uint8Array|null} [backward] PtResult backward
             * @property {Uint8Array|null} [observations] PtResult observations
             * @property {Uint8Array|null} [acceptanceSum] PtResult acceptanceSum
             * @property {Uint8Array|null} [proposed] PtResult proposed
             * @property {Uint8Array|null} [accepted] PtResult accepted
             * @property {number|null} [roundTrips] PtResult roundTrips
             * @property {number|null} [restarts] PtResult restarts
             * @property {number|null} [sweeps] PtResult sweeps
             * @property {ebm.v1.SteppingStoneEstimate.$Properties|null} [estimate] PtResult estimate
             * @property {Array.<ebm.v1.LevelObservables.$Properties>|null} [observables] PtResult observables
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PtResult.
             * @memberof ebm.v1
             * @interface IPtResult
             * @augments ebm.v1.PtResult.$Properties
             * @deprecated Use ebm.v1.PtResult.$Properties instead.
             */

            /**
             * Shape of a PtResult.
             * @typedef {ebm.v1.PtResult.$Properties} ebm.v1.PtResult.$Shape
             */

            /**
             * Constructs a new PtResult.
             * @memberof ebm.v1
             * @classdesc Represents a PtResult.
             * @constructor
             * @param {ebm.v1.PtResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PtResult = function (properties) {
                this.observationNames = [];
                this.observables = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PtResult state.
             * @member {ebm.v1.PtCopyState.$Properties|null|undefined} state
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.state = null;

            /**
             * PtResult scans.
             * @member {number} scans
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.scans = 0;

            /**
             * PtResult observationNames.
             * @member {Array.<string>} observationNames
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.observationNames = $util.emptyArray;

            /**
             * PtResult forward.
             * @member {Uint8Array} forward
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.forward = $util.newBuffer([]);

            /**
             * PtResult backward.
             * @member {Uint8Array} backward
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.backward = $util.newBuffer([]);

            /**
             * PtResult observations.
             * @member {Uint8Array} observations
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.observations = $util.newBuffer([]);

            /**
             * PtResult acceptanceSum.
             * @member {Uint8Array} acceptanceSum
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.acceptanceSum = $util.newBuffer([]);

            /**
             * PtResult proposed.
             * @member {Uint8Array} proposed
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.proposed = $util.newBuffer([]);

            /**
             * PtResult accepted.
             * @member {Uint8Array} accepted
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.accepted = $util.newBuffer([]);

            /**
             * PtResult roundTrips.
             * @member {number} roundTrips
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.roundTrips = 0;

            /**
             * PtResult restarts.
             * @member {number} restarts
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.restarts = 0;

            /**
             * PtResult sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.sweeps = 0;

            /**
             * PtResult estimate.
             * @member {ebm.v1.SteppingStoneEstimate.$Properties|null|undefined} estimate
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.estimate = null;

            /**
             * PtResult observables.
             * @member {Array.<ebm.v1.LevelObservables.$Properties>} observables
             * @memberof ebm.v1.PtResult
             * @instance
             */
            PtResult.prototype.observables = $util.emptyArray;

            /**
             * Creates a new PtResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.PtResult
             * @static
             * @param {ebm.v1.PtResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.PtResult} PtResult instance
             * @type {{
             *   (properties: ebm.v1.PtResult.$Shape): ebm.v1.PtResult & ebm.v1.PtResult.$Shape;
             *   (properties?: ebm.v1.PtResult.$Properties): ebm.v1.PtResult;
             * }}
             */
            PtResult.create = function(properties) {
                return new PtResult(properties);
            };

            /**
             * Encodes the specified PtResult message. Does not implicitly {@link ebm.v1.PtResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.PtResult
             * @static
             * @param {ebm.v1.PtResult.$Properties} message PtResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PtResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    $root.ebm.v1.PtCopyState.encode(message.state, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.scans != null && $Object.hasOwnProperty.call(message, "scans") && message.scans !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.scans);
                if (message.observationNames != null && message.observationNames.length)
                    for (let i = 0; i < message.observationNames.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.observationNames[i]);
                if (message.forward != null && $Object.hasOwnProperty.call(message, "forward") && message.forward.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.forward);
                if (message.backward != null && $Object.hasOwnProperty.call(message, "backward") && message.backward.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.backward);
                if (message.observations != null && $Object.hasOwnProperty.call(message, "observations") && message.observations.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.observations);
                if (message.acceptanceSum != null && $Object.hasOwnProperty.call(message, "acceptanceSum") && message.acceptanceSum.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.acceptanceSum);
                if (message.proposed != null && $Object.hasOwnProperty.call(message, "proposed") && message.proposed.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.proposed);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.accepted);
                if (message.roundTrips != null && $Object.hasOwnProperty.call(message, "roundTrips") && message.roundTrips !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.roundTrips);
                if (message.restarts != null && $Object.hasOwnProperty.call(message, "restarts") && message.restarts !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.restarts);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && !$Object.is(message.sweeps, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.sweeps);
                if (message.estimate != null && $Object.hasOwnProperty.call(message, "estimate"))
                    $root.ebm.v1.SteppingStoneEstimate.encode(message.estimate, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.observables != null && message.observables.length)
                    for (let i = 0; i < message.observables.length; ++i)
                        $root.ebm.v1.LevelObservables.encode(message.observables[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PtResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.PtResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.PtResult & ebm.v1.PtResult.$Shape} PtResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PtResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.PtResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.state = $root.ebm.v1.PtCopyState.decode(reader, reader.size(), $undefined, _depth + 1, message.state);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.scans = value;
                            else
                                delete message.scans;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.observationNames && message.observationNames.length))
                                message.observationNames = [];
                            message.observationNames.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.forward = value;
                            else
                                delete message.forward;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.backward = value;
                            else
                                delete message.backward;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.observations = value;
                            else
                                delete message.observations;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.acceptanceSum = value;
                            else
                                delete message.acceptanceSum;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.proposed = value;
                            else
                                delete message.proposed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.roundTrips = value;
                            else
                                delete message.roundTrips;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restarts = value;
                            else
                                delete message.restarts;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.estimate = $root.ebm.v1.SteppingStoneEstimate.decode(reader, reader.size(), $undefined, _depth + 1, message.estimate);
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.observables && message.observables.length))
                                message.observables = [];
                            message.observables.push($root.ebm.v1.LevelObservables.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for PtResult
             * @function getTypeUrl
             * @memberof ebm.v1.PtResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PtResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.PtResult";
            };

            return PtResult;
        })();

        v1.EstimateWithError = (function() {

            /**
             * Properties of an EstimateWithError.
             * @typedef {Object} ebm.v1.EstimateWithError.$Properties
             * @property {number|null} [value] EstimateWithError value
             * @property {number|null} [stderr] EstimateWithError stderr
             * @property {number|null} [tau] EstimateWithError tau
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EstimateWithError.
             * @memberof ebm.v1
             * @interface IEstimateWithError
             * @augments ebm.v1.EstimateWithError.$Properties
             * @deprecated Use ebm.v1.EstimateWithError.$Properties instead.
             */

            /**
             * Shape of an EstimateWithError.
             * @typedef {ebm.v1.EstimateWithError.$Properties} ebm.v1.EstimateWithError.$Shape
             */

            /**
             * Constructs a new EstimateWithError.
             * @memberof ebm.v1
             * @classdesc Represents an EstimateWithError.
             * @constructor
             * @param {ebm.v1.EstimateWithError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EstimateWithError = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EstimateWithError value.
             * @member {number} value
             * @memberof ebm.v1.EstimateWithError
             * @instance
             */
            EstimateWithError.prototype.value = 0;

            /**
             * EstimateWithError stderr.
             * @member {number} stderr
             * @memberof ebm.v1.EstimateWithError
             * @instance
             */
            EstimateWithError.prototype.stderr = 0;

            /**
             * EstimateWithError tau.
             * @member {number} tau
             * @memberof ebm.v1.EstimateWithError
             * @instance
             */
            EstimateWithError.prototype.tau = 0;

            /**
             * Creates a new EstimateWithError instance using the specified properties.
             * @function create
             * @memberof ebm.v1.EstimateWithError
             * @static
             * @param {ebm.v1.EstimateWithError.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.EstimateWithError} EstimateWithError instance
             * @type {{
             *   (properties: ebm.v1.EstimateWithError.$Shape): ebm.v1.EstimateWithError & ebm.v1.EstimateWithError.$Shape;
             *   (properties?: ebm.v1.EstimateWithError.$Properties): ebm.v1.EstimateWithError;
             * }}
             */
            EstimateWithError.create = function(properties) {
                return new EstimateWithError(properties);
            };

            /**
             * Encodes the specified EstimateWithError message. Does not implicitly {@link ebm.v1.EstimateWithError.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.EstimateWithError
             * @static
             * @param {ebm.v1.EstimateWithError.$Properties} message EstimateWithError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EstimateWithError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.value);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && !$Object.is(message.stderr, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.stderr);
                if (message.tau != null && $Object.hasOwnProperty.call(message, "tau") && !$Object.is(message.tau, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.tau);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EstimateWithError message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.EstimateWithError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.EstimateWithError & ebm.v1.EstimateWithError.$Shape} EstimateWithError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EstimateWithError.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.EstimateWithError();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tau = value;
                            else
                                delete message.tau;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for EstimateWithError
             * @function getTypeUrl
             * @memberof ebm.v1.EstimateWithError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EstimateWithError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.EstimateWithError";
            };

            return EstimateWithError;
        })();

        v1.LevelObservables = (function() {

            /**
             * Properties of a LevelObservables.
             * @typedef {Object} ebm.v1.LevelObservables.$Properties
             * @property {number|null} [level] LevelObservables level
             * @property {number|null} [b] LevelObservables b
             * @property {Array.<string>|null} [names] LevelObservables names
             * @property {Array.<ebm.v1.EstimateWithError.$Properties>|null} [means] LevelObservables means
             * @property {ebm.v1.EstimateWithError.$Properties|null} [specificHeat] LevelObservables specificHeat
             * @property {ebm.v1.EstimateWithError.$Properties|null} [binder] LevelObservables binder
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LevelObservables.
             * @memberof ebm.v1
             * @interface ILevelObservables
             * @augments ebm.v1.LevelObservables.$Properties
             * @deprecated Use ebm.v1.LevelObservables.$Properties instead.
             */

            /**
             * Shape of a LevelObservables.
             * @typedef {ebm.v1.LevelObservables.$Properties} ebm.v1.LevelObservables.$Shape
             */

            /**
             * Constructs a new LevelObservables.
             * @memberof ebm.v1
             * @classdesc Represents a LevelObservables.
             * @constructor
             * @param {ebm.v1.LevelObservables.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LevelObservables = function (properties) {
                this.names = [];
                this.means = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LevelObservables level.
             * @member {number} level
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.level = 0;

            /**
             * LevelObservables b.
             * @member {number} b
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.b = 0;

            /**
             * LevelObservables names.
             * @member {Array.<string>} names
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.names = $util.emptyArray;

            /**
             * LevelObservables means.
             * @member {Array.<ebm.v1.EstimateWithError.$Properties>} means
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.means = $util.emptyArray;

            /**
             * LevelObservables specificHeat.
             * @member {ebm.v1.EstimateWithError.$Properties|null|undefined} specificHeat
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.specificHeat = null;

            /**
             * LevelObservables binder.
             * @member {ebm.v1.EstimateWithError.$Properties|null|undefined} binder
             * @memberof ebm.v1.LevelObservables
             * @instance
             */
            LevelObservables.prototype.binder = null;

            /**
             * Creates a new LevelObservables instance using the specified properties.
             * @function create
             * @memberof ebm.v1.LevelObservables
             * @static
             * @param {ebm.v1.LevelObservables.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.LevelObservables} LevelObservables instance
             * @type {{
             *   (properties: ebm.v1.LevelObservables.$Shape): ebm.v1.LevelObservables & ebm.v1.LevelObservables.$Shape;
             *   (properties?: ebm.v1.LevelObservables.$Properties): ebm.v1.LevelObservables;
             * }}
             */
            LevelObservables.create = function(properties) {
                return new LevelObservables(properties);
            };

            /**
             * Encodes the specified LevelObservables message. Does not implicitly {@link ebm.v1.LevelObservables.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.LevelObservables
             * @static
             * @param {ebm.v1.LevelObservables.$Properties} message LevelObservables message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LevelObservables.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.level);
                if (message.b != null && $Object.hasOwnProperty.call(message, "b") && !$Object.is(message.b, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.b);
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.names[i]);
                if (message.means != null && message.means.length)
                    for (let i = 0; i < message.means.length; ++i)
                        $root.ebm.v1.EstimateWithError.encode(message.means[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.specificHeat != null && $Object.hasOwnProperty.call(message, "specificHeat"))
                    $root.ebm.v1.EstimateWithError.encode(message.specificHeat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.binder != null && $Object.hasOwnProperty.call(message, "binder"))
                    $root.ebm.v1.EstimateWithError.encode(message.binder, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LevelObservables message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.LevelObservables
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.LevelObservables & ebm.v1.LevelObservables.$Shape} LevelObservables
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LevelObservables.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.LevelObservables();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.b = value;
                            else
                                delete message.b;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.means && message.means.length))
                                message.means = [];
                            message.means.push($root.ebm.v1.EstimateWithError.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.specificHeat = $root.ebm.v1.EstimateWithError.decode(reader, reader.size(), $undefined, _depth + 1, message.specificHeat);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.binder = $root.ebm.v1.EstimateWithError.decode(reader, reader.size(), $undefined, _depth + 1, message.binder);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for LevelObservables
             * @function getTypeUrl
             * @memberof ebm.v1.LevelObservables
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LevelObservables.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.LevelObservables";
            };

            return LevelObservables;
        })();

        v1.SteppingStoneEstimate = (function() {

            /**
             * Properties of a SteppingStoneEstimate.
             * @typedef {Object} ebm.v1.SteppingStoneEstimate.$Properties
             * @property {number|null} [logZ] SteppingStoneEstimate logZ
             * @property {number|null} [stderr] SteppingStoneEstimate stderr
             * @property {number|null} [logZForward] SteppingStoneEstimate logZForward
             * @property {number|null} [stderrForward] SteppingStoneEstimate stderrForward
             * @property {number|null} [logZBackward] SteppingStoneEstimate logZBackward
             * @property {number|null} [stderrBackward] SteppingStoneEstimate stderrBackward
             * @property {Uint8Array|null} [pairLogRatios] SteppingStoneEstimate pairLogRatios
             * @property {Uint8Array|null} [logZCurve] SteppingStoneEstimate logZCurve
             * @property {number|null} [batchSize] SteppingStoneEstimate batchSize
             * @property {boolean|null} [plateaued] SteppingStoneEstimate plateaued
             * @property {number|null} [scans] SteppingStoneEstimate scans
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SteppingStoneEstimate.
             * @memberof ebm.v1
             * @interface ISteppingStoneEstimate
             * @augments ebm.v1.SteppingStoneEstimate.$Properties
             * @deprecated Use ebm.v1.SteppingStoneEstimate.$Properties instead.
             */

            /**
             * Shape of a SteppingStoneEstimate.
             * @typedef {ebm.v1.SteppingStoneEstimate.$Properties} ebm.v1.SteppingStoneEstimate.$Shape
             */

            /**
             * Constructs a new SteppingStoneEstimate.
             * @memberof ebm.v1
             * @classdesc Represents a SteppingStoneEstimate.
             * @constructor
             * @param {ebm.v1.SteppingStoneEstimate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SteppingStoneEstimate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SteppingStoneEstimate logZ.
             * @member {number} logZ
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.logZ = 0;

            /**
             * SteppingStoneEstimate stderr.
             * @member {number} stderr
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.stderr = 0;

            /**
             * SteppingStoneEstimate logZForward.
             * @member {number} logZForward
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.logZForward = 0;

            /**
             * SteppingStoneEstimate stderrForward.
             * @member {number} stderrForward
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.stderrForward = 0;

            /**
             * SteppingStoneEstimate logZBackward.
             * @member {number} logZBackward
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.logZBackward = 0;

            /**
             * SteppingStoneEstimate stderrBackward.
             * @member {number} stderrBackward
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.stderrBackward = 0;

            /**
             * SteppingStoneEstimate pairLogRatios.
             * @member {Uint8Array} pairLogRatios
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.pairLogRatios = $util.newBuffer([]);

            /**
             * SteppingStoneEstimate logZCurve.
             * @member {Uint8Array} logZCurve
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.logZCurve = $util.newBuffer([]);

            /**
             * SteppingStoneEstimate batchSize.
             * @member {number} batchSize
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.batchSize = 0;

            /**
             * SteppingStoneEstimate plateaued.
             * @member {boolean} plateaued
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.plateaued = false;

            /**
             * SteppingStoneEstimate scans.
             * @member {number} scans
             * @memberof ebm.v1.SteppingStoneEstimate
             * @instance
             */
            SteppingStoneEstimate.prototype.scans = 0;

            /**
             * Creates a new SteppingStoneEstimate instance using the specified properties.
             * @function create
             * @memberof ebm.v1.SteppingStoneEstimate
             * @static
             * @param {ebm.v1.SteppingStoneEstimate.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.SteppingStoneEstimate} SteppingStoneEstimate instance
             * @type {{
             *   (properties: ebm.v1.SteppingStoneEstimate.$Shape): ebm.v1.SteppingStoneEstimate & ebm.v1.SteppingStoneEstimate.$Shape;
             *   (properties?: ebm.v1.SteppingStoneEstimate.$Properties): ebm.v1.SteppingStoneEstimate;
             * }}
             */
            SteppingStoneEstimate.create = function(properties) {
                return new SteppingStoneEstimate(properties);
            };

            /**
             * Encodes the specified SteppingStoneEstimate message. Does not implicitly {@link ebm.v1.SteppingStoneEstimate.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.SteppingStoneEstimate
             * @static
             * @param {ebm.v1.SteppingStoneEstimate.$Properties} message SteppingStoneEstimate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SteppingStoneEstimate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.logZ != null && $Object.hasOwnProperty.call(message, "logZ") && !$Object.is(message.logZ, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.logZ);
                if (message.stderr != null && $Object.hasOwnProperty.call(message, "stderr") && !$Object.is(message.stderr, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.stderr);
                if (message.logZForward != null && $Object.hasOwnProperty.call(message, "logZForward") && !$Object.is(message.logZForward, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.logZForward);
                if (message.stderrForward != null && $Object.hasOwnProperty.call(message, "stderrForward") && !$Object.is(message.stderrForward, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.stderrForward);
                if (message.logZBackward != null && $Object.hasOwnProperty.call(message, "logZBackward") && !$Object.is(message.logZBackward, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.logZBackward);
                if (message.stderrBackward != null && $Object.hasOwnProperty.call(message, "stderrBackward") && !$Object.is(message.stderrBackward, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.stderrBackward);
                if (message.pairLogRatios != null && $Object.hasOwnProperty.call(message, "pairLogRatios") && message.pairLogRatios.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.pairLogRatios);
                if (message.logZCurve != null && $Object.hasOwnProperty.call(message, "logZCurve") && message.logZCurve.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.logZCurve);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.batchSize);
                if (message.plateaued != null && $Object.hasOwnProperty.call(message, "plateaued") && message.plateaued !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.plateaued);
                if (message.scans != null && $Object.hasOwnProperty.call(message, "scans") && message.scans !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.scans);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SteppingStoneEstimate message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.SteppingStoneEstimate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.SteppingStoneEstimate & ebm.v1.SteppingStoneEstimate.$Shape} SteppingStoneEstimate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SteppingStoneEstimate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.SteppingStoneEstimate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logZ = value;
                            else
                                delete message.logZ;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stderr = value;
                            else
                                delete message.stderr;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logZForward = value;
                            else
                                delete message.logZForward;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stderrForward = value;
                            else
                                delete message.stderrForward;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logZBackward = value;
                            else
                                delete message.logZBackward;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stderrBackward = value;
                            else
                                delete message.stderrBackward;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.pairLogRatios = value;
                            else
                                delete message.pairLogRatios;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.logZCurve = value;
                            else
                                delete message.logZCurve;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.plateaued = value;
                            else
                                delete message.plateaued;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.scans = value;
                            else
                                delete message.scans;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SteppingStoneEstimate
             * @function getTypeUrl
             * @memberof ebm.v1.SteppingStoneEstimate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SteppingStoneEstimate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.SteppingStoneEstimate";
            };

            return SteppingStoneEstimate;
        })();

        v1.BmLearnUnit = (function() {

            /**
             * Properties of a BmLearnUnit.
             * @typedef {Object} ebm.v1.BmLearnUnit.$Properties
             * @property {number|null} [n] BmLearnUnit n
             * @property {boolean|null} [spin] BmLearnUnit spin
             * @property {Uint8Array|null} [weights] BmLearnUnit weights
             * @property {Uint8Array|null} [bias] BmLearnUnit bias
             * @property {Uint8Array|null} [states] BmLearnUnit states
             * @property {number|null} [clamped] BmLearnUnit clamped
             * @property {number|null} [k] BmLearnUnit k
             * @property {number|null} [seed] BmLearnUnit seed
             * @property {number|null} [stream] BmLearnUnit stream
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BmLearnUnit.
             * @memberof ebm.v1
             * @interface IBmLearnUnit
             * @augments ebm.v1.BmLearnUnit.$Properties
             * @deprecated Use ebm.v1.BmLearnUnit.$Properties instead.
             */

            /**
             * Shape of a BmLearnUnit.
             * @typedef {ebm.v1.BmLearnUnit.$Properties} ebm.v1.BmLearnUnit.$Shape
             */

            /**
             * Constructs a new BmLearnUnit.
             * @memberof ebm.v1
             * @classdesc Represents a BmLearnUnit.
             * @constructor
             * @param {ebm.v1.BmLearnUnit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BmLearnUnit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BmLearnUnit n.
             * @member {number} n
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.n = 0;

            /**
             * BmLearnUnit spin.
             * @member {boolean} spin
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.spin = false;

            /**
             * BmLearnUnit weights.
             * @member {Uint8Array} weights
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.weights = $util.newBuffer([]);

            /**
             * BmLearnUnit bias.
             * @member {Uint8Array} bias
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.bias = $util.newBuffer([]);

            /**
             * BmLearnUnit states.
             * @member {Uint8Array} states
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.states = $util.newBuffer([]);

            /**
             * BmLearnUnit clamped.
             * @member {number} clamped
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.clamped = 0;

            /**
             * BmLearnUnit k.
             * @member {number} k
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.k = 0;

            /**
             * BmLearnUnit seed.
             * @member {number} seed
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BmLearnUnit stream.
             * @member {number} stream
             * @memberof ebm.v1.BmLearnUnit
             * @instance
             */
            BmLearnUnit.prototype.stream = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BmLearnUnit instance using the specified properties.
             * @function create
             * @memberof ebm.v1.BmLearnUnit
             * @static
             * @param {ebm.v1.BmLearnUnit.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.BmLearnUnit} BmLearnUnit instance
             * @type {{
             *   (properties: ebm.v1.BmLearnUnit.$Shape): ebm.v1.BmLearnUnit & ebm.v1.BmLearnUnit.$Shape;
             *   (properties?: ebm.v1.BmLearnUnit.$Properties): ebm.v1.BmLearnUnit;
             * }}
             */
            BmLearnUnit.create = function(properties) {
                return new BmLearnUnit(properties);
            };

            /**
             * Encodes the specified BmLearnUnit message. Does not implicitly {@link ebm.v1.BmLearnUnit.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.BmLearnUnit
             * @static
             * @param {ebm.v1.BmLearnUnit.$Properties} message BmLearnUnit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BmLearnUnit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.n != null && $Object.hasOwnProperty.call(message, "n") && message.n !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.n);
                if (message.spin != null && $Object.hasOwnProperty.call(message, "spin") && message.spin !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.spin);
                if (message.weights != null && $Object.hasOwnProperty.call(message, "weights") && message.weights.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.weights);
                if (message.bias != null && $Object.hasOwnProperty.call(message, "bias") && message.bias.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.bias);
                if (message.states != null && $Object.hasOwnProperty.call(message, "states") && message.states.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.states);
                if (message.clamped != null && $Object.hasOwnProperty.call(message, "clamped") && message.clamped !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.clamped);
                if (message.k != null && $Object.hasOwnProperty.call(message, "k") && message.k !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.k);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.seed);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && (typeof message.stream === "object" ? message.stream.low || message.stream.high : message.stream !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.stream);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BmLearnUnit message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.BmLearnUnit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.BmLearnUnit & ebm.v1.BmLearnUnit.$Shape} BmLearnUnit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BmLearnUnit.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.BmLearnUnit();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.n = value;
                            else
                                delete message.n;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.spin = value;
                            else
                                delete message.spin;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.weights = value;
                            else
                                delete message.weights;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bias = value;
                            else
                                delete message.bias;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.states = value;
                            else
                                delete message.states;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clamped = value;
                            else
                                delete message.clamped;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.k = value;
                            else
                                delete message.k;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for BmLearnUnit
             * @function getTypeUrl
             * @memberof ebm.v1.BmLearnUnit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BmLearnUnit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.BmLearnUnit";
            };

            return BmLearnUnit;
        })();

        v1.BmLearnResult = (function() {

            /**
             * Properties of a BmLearnResult.
             * @typedef {Object} ebm.v1.BmLearnResult.$Properties
             * @property {Uint8Array|null} [pairSums] BmLearnResult pairSums
             * @property {Uint8Array|null} [unitSums] BmLearnResult unitSums
             * @property {number|null} [rows] BmLearnResult rows
             * @property {Uint8Array|null} [states] BmLearnResult states
             * @property {number|null} [sweeps] BmLearnResult sweeps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BmLearnResult.
             * @memberof ebm.v1
             * @interface IBmLearnResult
             * @augments ebm.v1.BmLearnResult.$Properties
             * @deprecated Use ebm.v1.BmLearnResult.$Properties instead.
             */

            /**
             * Shape of a BmLearnResult.
             * @typedef {ebm.v1.BmLearnResult.$Properties} ebm.v1.BmLearnResult.$Shape
             */

            /**
             * Constructs a new BmLearnResult.
             * @memberof ebm.v1
             * @classdesc Represents a BmLearnResult.
             * @constructor
             * @param {ebm.v1.BmLearnResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BmLearnResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BmLearnResult pairSums.
             * @member {Uint8Array} pairSums
             * @memberof ebm.v1.BmLearnResult
             * @instance
             */
            BmLearnResult.prototype.pairSums = $util.newBuffer([]);

            /**
             * BmLearnResult unitSums.
             * @member {Uint8Array} unitSums
             * @memberof ebm.v1.BmLearnResult
             * @instance
             */
            BmLearnResult.prototype.unitSums = $util.newBuffer([]);

            /**
             * BmLearnResult rows.
             * @member {number} rows
             * @memberof ebm.v1.BmLearnResult
             * @instance
             */
            BmLearnResult.prototype.rows = 0;

            /**
             * BmLearnResult states.
             * @member {Uint8Array} states
             * @memberof ebm.v1.BmLearnResult
             * @instance
             */
            BmLearnResult.prototype.states = $util.newBuffer([]);

            /**
             * BmLearnResult sweeps.
             * @member {number} sweeps
             * @memberof ebm.v1.BmLearnResult
             * @instance
             */
            BmLearnResult.prototype.sweeps = 0;

            /**
             * Creates a new BmLearnResult instance using the specified properties.
             * @function create
             * @memberof ebm.v1.BmLearnResult
             * @static
             * @param {ebm.v1.BmLearnResult.$Properties=} [properties] Properties to set
             * @returns {ebm.v1.BmLearnResult} BmLearnResult instance
             * @type {{
             *   (properties: ebm.v1.BmLearnResult.$Shape): ebm.v1.BmLearnResult & ebm.v1.BmLearnResult.$Shape;
             *   (properties?: ebm.v1.BmLearnResult.$Properties): ebm.v1.BmLearnResult;
             * }}
             */
            BmLearnResult.create = function(properties) {
                return new BmLearnResult(properties);
            };

            /**
             * Encodes the specified BmLearnResult message. Does not implicitly {@link ebm.v1.BmLearnResult.verify|verify} messages.
             * @function encode
             * @memberof ebm.v1.BmLearnResult
             * @static
             * @param {ebm.v1.BmLearnResult.$Properties} message BmLearnResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BmLearnResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pairSums != null && $Object.hasOwnProperty.call(message, "pairSums") && message.pairSums.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.pairSums);
                if (message.unitSums != null && $Object.hasOwnProperty.call(message, "unitSums") && message.unitSums.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.unitSums);
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.rows);
                if (message.states != null && $Object.hasOwnProperty.call(message, "states") && message.states.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.states);
                if (message.sweeps != null && $Object.hasOwnProperty.call(message, "sweeps") && !$Object.is(message.sweeps, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.sweeps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BmLearnResult message from the specified reader or buffer.
             * @function decode
             * @memberof ebm.v1.BmLearnResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {ebm.v1.BmLearnResult & ebm.v1.BmLearnResult.$Shape} BmLearnResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BmLearnResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.ebm.v1.BmLearnResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.pairSums = value;
                            else
                                delete message.pairSums;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.unitSums = value;
                            else
                                delete message.unitSums;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.states = value;
                            else
                                delete message.states;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sweeps = value;
                            else
                                delete message.sweeps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for BmLearnResult
             * @function getTypeUrl
             * @memberof ebm.v1.BmLearnResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BmLearnResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/ebm.v1.BmLearnResult";
            };

            return BmLearnResult;
        })();

        return v1;
    })();

    return ebm;
})();

export {
  $root as default
};
