/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const sealmatch = $root.sealmatch = (() => {

    /**
     * Namespace sealmatch.
     * @exports sealmatch
     * @namespace
     */
    const sealmatch = {};

    sealmatch.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof sealmatch
         * @namespace
         */
        const v1 = {};

        /**
         * AuditKind enum.
         * @name sealmatch.v1.AuditKind
         * @enum {number}
         * @property {number} AUDIT_KIND_UNSPECIFIED=0 AUDIT_KIND_UNSPECIFIED value
         * @property {number} AUDIT_KIND_ENROLL=1 AUDIT_KIND_ENROLL value
         * @property {number} AUDIT_KIND_VERIFY=2 AUDIT_KIND_VERIFY value
         * @property {number} AUDIT_KIND_IDENTIFY=3 AUDIT_KIND_IDENTIFY value
         * @property {number} AUDIT_KIND_DELETE=4 AUDIT_KIND_DELETE value
         * @property {number} AUDIT_KIND_KEY=5 AUDIT_KIND_KEY value
         * @property {number} AUDIT_KIND_POLICY_REFUSAL=6 AUDIT_KIND_POLICY_REFUSAL value
         * @property {number} AUDIT_KIND_EVAL_MODE=7 AUDIT_KIND_EVAL_MODE value
         * @property {number} AUDIT_KIND_DECRYPT=8 AUDIT_KIND_DECRYPT value
         * @property {number} AUDIT_KIND_REPLACE=9 AUDIT_KIND_REPLACE value
         */
        v1.AuditKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AUDIT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AUDIT_KIND_ENROLL"] = 1;
            values[valuesById[2] = "AUDIT_KIND_VERIFY"] = 2;
            values[valuesById[3] = "AUDIT_KIND_IDENTIFY"] = 3;
            values[valuesById[4] = "AUDIT_KIND_DELETE"] = 4;
            values[valuesById[5] = "AUDIT_KIND_KEY"] = 5;
            values[valuesById[6] = "AUDIT_KIND_POLICY_REFUSAL"] = 6;
            values[valuesById[7] = "AUDIT_KIND_EVAL_MODE"] = 7;
            values[valuesById[8] = "AUDIT_KIND_DECRYPT"] = 8;
            values[valuesById[9] = "AUDIT_KIND_REPLACE"] = 9;
            return values;
        })();

        /**
         * AuditOutcome enum.
         * @name sealmatch.v1.AuditOutcome
         * @enum {number}
         * @property {number} AUDIT_OUTCOME_UNSPECIFIED=0 AUDIT_OUTCOME_UNSPECIFIED value
         * @property {number} AUDIT_OUTCOME_MATCH=1 AUDIT_OUTCOME_MATCH value
         * @property {number} AUDIT_OUTCOME_NO_MATCH=2 AUDIT_OUTCOME_NO_MATCH value
         * @property {number} AUDIT_OUTCOME_ACCEPTED=3 AUDIT_OUTCOME_ACCEPTED value
         * @property {number} AUDIT_OUTCOME_REFUSED=4 AUDIT_OUTCOME_REFUSED value
         * @property {number} AUDIT_OUTCOME_FAILED=5 AUDIT_OUTCOME_FAILED value
         * @property {number} AUDIT_OUTCOME_ALARM=6 AUDIT_OUTCOME_ALARM value
         */
        v1.AuditOutcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "AUDIT_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "AUDIT_OUTCOME_MATCH"] = 1;
            values[valuesById[2] = "AUDIT_OUTCOME_NO_MATCH"] = 2;
            values[valuesById[3] = "AUDIT_OUTCOME_ACCEPTED"] = 3;
            values[valuesById[4] = "AUDIT_OUTCOME_REFUSED"] = 4;
            values[valuesById[5] = "AUDIT_OUTCOME_FAILED"] = 5;
            values[valuesById[6] = "AUDIT_OUTCOME_ALARM"] = 6;
            return values;
        })();

        v1.AuditEntry = (function() {

            /**
             * Properties of an AuditEntry.
             * @typedef {Object} sealmatch.v1.AuditEntry.$Properties
             * @property {number|null} [seq] AuditEntry seq
             * @property {number|null} [timeMs] AuditEntry timeMs
             * @property {sealmatch.v1.AuditKind|null} [kind] AuditEntry kind
             * @property {string|null} [actor] AuditEntry actor
             * @property {string|null} [subjectRef] AuditEntry subjectRef
             * @property {Uint8Array|null} [requestHash] AuditEntry requestHash
             * @property {sealmatch.v1.AuditOutcome|null} [outcome] AuditEntry outcome
             * @property {string|null} [reason] AuditEntry reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuditEntry.
             * @memberof sealmatch.v1
             * @interface IAuditEntry
             * @augments sealmatch.v1.AuditEntry.$Properties
             * @deprecated Use sealmatch.v1.AuditEntry.$Properties instead.
             */

            /**
             * Shape of an AuditEntry.
             * @typedef {sealmatch.v1.AuditEntry.$Properties} sealmatch.v1.AuditEntry.$Shape
             */

            /**
             * Constructs a new AuditEntry.
             * @memberof sealmatch.v1
             * @classdesc Represents an AuditEntry.
             * @constructor
             * @param {sealmatch.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuditEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuditEntry seq.
             * @member {number} seq
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AuditEntry timeMs.
             * @member {number} timeMs
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * AuditEntry kind.
             * @member {sealmatch.v1.AuditKind} kind
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.kind = 0;

            /**
             * AuditEntry actor.
             * @member {string} actor
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.actor = "";

            /**
             * AuditEntry subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.subjectRef = "";

            /**
             * AuditEntry requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.requestHash = $util.newBuffer([]);

            /**
             * AuditEntry outcome.
             * @member {sealmatch.v1.AuditOutcome} outcome
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.outcome = 0;

            /**
             * AuditEntry reason.
             * @member {string} reason
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             */
            AuditEntry.prototype.reason = "";

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {sealmatch.v1.AuditEntry.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.AuditEntry} AuditEntry instance
             * @type {{
             *   (properties: sealmatch.v1.AuditEntry.$Shape): sealmatch.v1.AuditEntry & sealmatch.v1.AuditEntry.$Shape;
             *   (properties?: sealmatch.v1.AuditEntry.$Properties): sealmatch.v1.AuditEntry;
             * }}
             */
            AuditEntry.create = function(properties) {
                return new AuditEntry(properties);
            };

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link sealmatch.v1.AuditEntry.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {sealmatch.v1.AuditEntry.$Properties} message AuditEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuditEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.timeMs);
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor") && message.actor !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.actor);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.subjectRef);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.requestHash);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.reason);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).int32(message.kind);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 10, wireType 0 =*/80).int32(message.outcome);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuditEntry & sealmatch.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuditEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.AuditEntry();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.actor = value;
                            else
                                delete message.actor;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Verifies an AuditEntry message.
             * @function verify
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuditEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (!$util.isInteger(message.timeMs) && !(message.timeMs && $util.isInteger(message.timeMs.low) && $util.isInteger(message.timeMs.high)))
                        return "timeMs: integer|Long expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    if (!$util.isString(message.actor))
                        return "actor: string expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    if (typeof message.outcome !== "number" || (message.outcome | 0) !== message.outcome)
                        return "outcome: enum value expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an AuditEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.AuditEntry} AuditEntry
             */
            AuditEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.AuditEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.AuditEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.AuditEntry();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.timeMs != null)
                    if (typeof object.timeMs === "object" ? object.timeMs.low || object.timeMs.high : $Number(object.timeMs) !== 0)
                        if ($util.Long)
                            message.timeMs = $util.Long.fromValue(object.timeMs, false);
                        else if (typeof object.timeMs === "string")
                            message.timeMs = $parseInt(object.timeMs, 10);
                        else if (typeof object.timeMs === "number")
                            message.timeMs = object.timeMs;
                        else if (typeof object.timeMs === "object")
                            message.timeMs = new $util.LongBits(object.timeMs.low >>> 0, object.timeMs.high >>> 0).toNumber();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.sealmatch.v1.AuditKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "AUDIT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "AUDIT_KIND_ENROLL":
                    case 1:
                        message.kind = 1;
                        break;
                    case "AUDIT_KIND_VERIFY":
                    case 2:
                        message.kind = 2;
                        break;
                    case "AUDIT_KIND_IDENTIFY":
                    case 3:
                        message.kind = 3;
                        break;
                    case "AUDIT_KIND_DELETE":
                    case 4:
                        message.kind = 4;
                        break;
                    case "AUDIT_KIND_KEY":
                    case 5:
                        message.kind = 5;
                        break;
                    case "AUDIT_KIND_POLICY_REFUSAL":
                    case 6:
                        message.kind = 6;
                        break;
                    case "AUDIT_KIND_EVAL_MODE":
                    case 7:
                        message.kind = 7;
                        break;
                    case "AUDIT_KIND_DECRYPT":
                    case 8:
                        message.kind = 8;
                        break;
                    case "AUDIT_KIND_REPLACE":
                    case 9:
                        message.kind = 9;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.actor != null)
                    if (typeof object.actor !== "string" || object.actor.length)
                        message.actor = $String(object.actor);
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.outcome !== 0 && (typeof object.outcome !== "string" || $root.sealmatch.v1.AuditOutcome[object.outcome] !== 0))
                    switch (object.outcome) {
                    case "AUDIT_OUTCOME_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "AUDIT_OUTCOME_MATCH":
                    case 1:
                        message.outcome = 1;
                        break;
                    case "AUDIT_OUTCOME_NO_MATCH":
                    case 2:
                        message.outcome = 2;
                        break;
                    case "AUDIT_OUTCOME_ACCEPTED":
                    case 3:
                        message.outcome = 3;
                        break;
                    case "AUDIT_OUTCOME_REFUSED":
                    case 4:
                        message.outcome = 4;
                        break;
                    case "AUDIT_OUTCOME_FAILED":
                    case 5:
                        message.outcome = 5;
                        break;
                    case "AUDIT_OUTCOME_ALARM":
                    case 6:
                        message.outcome = 6;
                        break;
                    default:
                        if (typeof object.outcome === "number" && (object.outcome | 0) === object.outcome)
                            message.outcome = object.outcome;
                    }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an AuditEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {sealmatch.v1.AuditEntry} message AuditEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuditEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.actor = "";
                    object.subjectRef = "";
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    object.reason = "";
                    object.kind = options.enums === $String ? "AUDIT_KIND_UNSPECIFIED" : 0;
                    object.outcome = options.enums === $String ? "AUDIT_OUTCOME_UNSPECIFIED" : 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeMs = typeof message.timeMs === "number" ? $BigInt(message.timeMs) : $util.Long.fromBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeMs === "number")
                        object.timeMs = options.longs === $String ? $String(message.timeMs) : message.timeMs;
                    else
                        object.timeMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeMs) : options.longs === $Number ? new $util.LongBits(message.timeMs.low >>> 0, message.timeMs.high >>> 0).toNumber() : message.timeMs;
                if (message.actor != null && $Object.hasOwnProperty.call(message, "actor"))
                    object.actor = message.actor;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.sealmatch.v1.AuditKind[message.kind] === $undefined ? message.kind : $root.sealmatch.v1.AuditKind[message.kind] : message.kind;
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === $String ? $root.sealmatch.v1.AuditOutcome[message.outcome] === $undefined ? message.outcome : $root.sealmatch.v1.AuditOutcome[message.outcome] : message.outcome;
                return object;
            };

            /**
             * Converts this AuditEntry to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.AuditEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuditEntry.prototype.toJSON = function() {
                return AuditEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuditEntry
             * @function getTypeUrl
             * @memberof sealmatch.v1.AuditEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuditEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.AuditEntry";
            };

            return AuditEntry;
        })();

        v1.SignedTreeHead = (function() {

            /**
             * Properties of a SignedTreeHead.
             * @typedef {Object} sealmatch.v1.SignedTreeHead.$Properties
             * @property {number|null} [treeSize] SignedTreeHead treeSize
             * @property {Uint8Array|null} [rootHash] SignedTreeHead rootHash
             * @property {number|null} [timestampMs] SignedTreeHead timestampMs
             * @property {string|null} [logId] SignedTreeHead logId
             * @property {Uint8Array|null} [signature] SignedTreeHead signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedTreeHead.
             * @memberof sealmatch.v1
             * @interface ISignedTreeHead
             * @augments sealmatch.v1.SignedTreeHead.$Properties
             * @deprecated Use sealmatch.v1.SignedTreeHead.$Properties instead.
             */

            /**
             * Shape of a SignedTreeHead.
             * @typedef {sealmatch.v1.SignedTreeHead.$Properties} sealmatch.v1.SignedTreeHead.$Shape
             */

            /**
             * Constructs a new SignedTreeHead.
             * @memberof sealmatch.v1
             * @classdesc Represents a SignedTreeHead.
             * @constructor
             * @param {sealmatch.v1.SignedTreeHead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedTreeHead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedTreeHead treeSize.
             * @member {number} treeSize
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             */
            SignedTreeHead.prototype.treeSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SignedTreeHead rootHash.
             * @member {Uint8Array} rootHash
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             */
            SignedTreeHead.prototype.rootHash = $util.newBuffer([]);

            /**
             * SignedTreeHead timestampMs.
             * @member {number} timestampMs
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             */
            SignedTreeHead.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SignedTreeHead logId.
             * @member {string} logId
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             */
            SignedTreeHead.prototype.logId = "";

            /**
             * SignedTreeHead signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             */
            SignedTreeHead.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedTreeHead instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {sealmatch.v1.SignedTreeHead.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SignedTreeHead} SignedTreeHead instance
             * @type {{
             *   (properties: sealmatch.v1.SignedTreeHead.$Shape): sealmatch.v1.SignedTreeHead & sealmatch.v1.SignedTreeHead.$Shape;
             *   (properties?: sealmatch.v1.SignedTreeHead.$Properties): sealmatch.v1.SignedTreeHead;
             * }}
             */
            SignedTreeHead.create = function(properties) {
                return new SignedTreeHead(properties);
            };

            /**
             * Encodes the specified SignedTreeHead message. Does not implicitly {@link sealmatch.v1.SignedTreeHead.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {sealmatch.v1.SignedTreeHead.$Properties} message SignedTreeHead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedTreeHead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize") && (typeof message.treeSize === "object" ? message.treeSize.low || message.treeSize.high : message.treeSize !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.treeSize);
                if (message.rootHash != null && $Object.hasOwnProperty.call(message, "rootHash") && message.rootHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.rootHash);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestampMs);
                if (message.logId != null && $Object.hasOwnProperty.call(message, "logId") && message.logId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.logId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedTreeHead message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedTreeHead & sealmatch.v1.SignedTreeHead.$Shape} SignedTreeHead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedTreeHead.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SignedTreeHead();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.treeSize = value;
                            else
                                delete message.treeSize;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.rootHash = value;
                            else
                                delete message.rootHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.logId = value;
                            else
                                delete message.logId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Verifies a SignedTreeHead message.
             * @function verify
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedTreeHead.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize"))
                    if (!$util.isInteger(message.treeSize) && !(message.treeSize && $util.isInteger(message.treeSize.low) && $util.isInteger(message.treeSize.high)))
                        return "treeSize: integer|Long expected";
                if (message.rootHash != null && $Object.hasOwnProperty.call(message, "rootHash"))
                    if (!(message.rootHash && typeof message.rootHash.length === "number" || $util.isString(message.rootHash)))
                        return "rootHash: buffer expected";
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (!$util.isInteger(message.timestampMs) && !(message.timestampMs && $util.isInteger(message.timestampMs.low) && $util.isInteger(message.timestampMs.high)))
                        return "timestampMs: integer|Long expected";
                if (message.logId != null && $Object.hasOwnProperty.call(message, "logId"))
                    if (!$util.isString(message.logId))
                        return "logId: string expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedTreeHead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SignedTreeHead} SignedTreeHead
             */
            SignedTreeHead.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SignedTreeHead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SignedTreeHead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SignedTreeHead();
                if (object.treeSize != null)
                    if (typeof object.treeSize === "object" ? object.treeSize.low || object.treeSize.high : $Number(object.treeSize) !== 0)
                        if ($util.Long)
                            message.treeSize = $util.Long.fromValue(object.treeSize, true);
                        else if (typeof object.treeSize === "string")
                            message.treeSize = $parseInt(object.treeSize, 10);
                        else if (typeof object.treeSize === "number")
                            message.treeSize = object.treeSize;
                        else if (typeof object.treeSize === "object")
                            message.treeSize = new $util.LongBits(object.treeSize.low >>> 0, object.treeSize.high >>> 0).toNumber(true);
                if (object.rootHash != null)
                    if (object.rootHash.length)
                        if (typeof object.rootHash === "string")
                            $util.base64.decode(object.rootHash, message.rootHash = $util.newBuffer($util.base64.length(object.rootHash)), 0);
                        else if (object.rootHash.length >= 0)
                            message.rootHash = object.rootHash;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, false);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber();
                if (object.logId != null)
                    if (typeof object.logId !== "string" || object.logId.length)
                        message.logId = $String(object.logId);
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedTreeHead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {sealmatch.v1.SignedTreeHead} message SignedTreeHead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedTreeHead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.treeSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.treeSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.rootHash = "";
                    else {
                        object.rootHash = [];
                        if (options.bytes !== $Array)
                            object.rootHash = $util.newBuffer(object.rootHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.logId = "";
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.treeSize = typeof message.treeSize === "number" ? $BigInt(message.treeSize) : $util.Long.fromBits(message.treeSize.low >>> 0, message.treeSize.high >>> 0, true).toBigInt();
                    else if (typeof message.treeSize === "number")
                        object.treeSize = options.longs === $String ? $String(message.treeSize) : message.treeSize;
                    else
                        object.treeSize = options.longs === $String ? $util.Long.prototype.toString.call(message.treeSize) : options.longs === $Number ? new $util.LongBits(message.treeSize.low >>> 0, message.treeSize.high >>> 0).toNumber(true) : message.treeSize;
                if (message.rootHash != null && $Object.hasOwnProperty.call(message, "rootHash"))
                    object.rootHash = options.bytes === $String ? $util.base64.encode(message.rootHash, 0, message.rootHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.rootHash) : message.rootHash;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber() : message.timestampMs;
                if (message.logId != null && $Object.hasOwnProperty.call(message, "logId"))
                    object.logId = message.logId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedTreeHead to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SignedTreeHead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedTreeHead.prototype.toJSON = function() {
                return SignedTreeHead.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedTreeHead
             * @function getTypeUrl
             * @memberof sealmatch.v1.SignedTreeHead
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedTreeHead.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SignedTreeHead";
            };

            return SignedTreeHead;
        })();

        v1.InclusionProof = (function() {

            /**
             * Properties of an InclusionProof.
             * @typedef {Object} sealmatch.v1.InclusionProof.$Properties
             * @property {number|null} [leafIndex] InclusionProof leafIndex
             * @property {number|null} [treeSize] InclusionProof treeSize
             * @property {Array.<Uint8Array>|null} [auditPath] InclusionProof auditPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InclusionProof.
             * @memberof sealmatch.v1
             * @interface IInclusionProof
             * @augments sealmatch.v1.InclusionProof.$Properties
             * @deprecated Use sealmatch.v1.InclusionProof.$Properties instead.
             */

            /**
             * Shape of an InclusionProof.
             * @typedef {sealmatch.v1.InclusionProof.$Properties} sealmatch.v1.InclusionProof.$Shape
             */

            /**
             * Constructs a new InclusionProof.
             * @memberof sealmatch.v1
             * @classdesc Represents an InclusionProof.
             * @constructor
             * @param {sealmatch.v1.InclusionProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InclusionProof = function (properties) {
                this.auditPath = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InclusionProof leafIndex.
             * @member {number} leafIndex
             * @memberof sealmatch.v1.InclusionProof
             * @instance
             */
            InclusionProof.prototype.leafIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InclusionProof treeSize.
             * @member {number} treeSize
             * @memberof sealmatch.v1.InclusionProof
             * @instance
             */
            InclusionProof.prototype.treeSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InclusionProof auditPath.
             * @member {Array.<Uint8Array>} auditPath
             * @memberof sealmatch.v1.InclusionProof
             * @instance
             */
            InclusionProof.prototype.auditPath = $util.emptyArray;

            /**
             * Creates a new InclusionProof instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {sealmatch.v1.InclusionProof.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.InclusionProof} InclusionProof instance
             * @type {{
             *   (properties: sealmatch.v1.InclusionProof.$Shape): sealmatch.v1.InclusionProof & sealmatch.v1.InclusionProof.$Shape;
             *   (properties?: sealmatch.v1.InclusionProof.$Properties): sealmatch.v1.InclusionProof;
             * }}
             */
            InclusionProof.create = function(properties) {
                return new InclusionProof(properties);
            };

            /**
             * Encodes the specified InclusionProof message. Does not implicitly {@link sealmatch.v1.InclusionProof.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {sealmatch.v1.InclusionProof.$Properties} message InclusionProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InclusionProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex") && (typeof message.leafIndex === "object" ? message.leafIndex.low || message.leafIndex.high : message.leafIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.leafIndex);
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize") && (typeof message.treeSize === "object" ? message.treeSize.low || message.treeSize.high : message.treeSize !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.treeSize);
                if (message.auditPath != null && message.auditPath.length)
                    for (let i = 0; i < message.auditPath.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.auditPath[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InclusionProof message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.InclusionProof & sealmatch.v1.InclusionProof.$Shape} InclusionProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InclusionProof.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.InclusionProof();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leafIndex = value;
                            else
                                delete message.leafIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.treeSize = value;
                            else
                                delete message.treeSize;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.auditPath && message.auditPath.length))
                                message.auditPath = [];
                            message.auditPath.push(reader.bytes());
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
             * Verifies an InclusionProof message.
             * @function verify
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InclusionProof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex"))
                    if (!$util.isInteger(message.leafIndex) && !(message.leafIndex && $util.isInteger(message.leafIndex.low) && $util.isInteger(message.leafIndex.high)))
                        return "leafIndex: integer|Long expected";
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize"))
                    if (!$util.isInteger(message.treeSize) && !(message.treeSize && $util.isInteger(message.treeSize.low) && $util.isInteger(message.treeSize.high)))
                        return "treeSize: integer|Long expected";
                if (message.auditPath != null && $Object.hasOwnProperty.call(message, "auditPath")) {
                    if (!$Array.isArray(message.auditPath))
                        return "auditPath: array expected";
                    for (let i = 0; i < message.auditPath.length; ++i)
                        if (!(message.auditPath[i] && typeof message.auditPath[i].length === "number" || $util.isString(message.auditPath[i])))
                            return "auditPath: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates an InclusionProof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.InclusionProof} InclusionProof
             */
            InclusionProof.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.InclusionProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.InclusionProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.InclusionProof();
                if (object.leafIndex != null)
                    if (typeof object.leafIndex === "object" ? object.leafIndex.low || object.leafIndex.high : $Number(object.leafIndex) !== 0)
                        if ($util.Long)
                            message.leafIndex = $util.Long.fromValue(object.leafIndex, true);
                        else if (typeof object.leafIndex === "string")
                            message.leafIndex = $parseInt(object.leafIndex, 10);
                        else if (typeof object.leafIndex === "number")
                            message.leafIndex = object.leafIndex;
                        else if (typeof object.leafIndex === "object")
                            message.leafIndex = new $util.LongBits(object.leafIndex.low >>> 0, object.leafIndex.high >>> 0).toNumber(true);
                if (object.treeSize != null)
                    if (typeof object.treeSize === "object" ? object.treeSize.low || object.treeSize.high : $Number(object.treeSize) !== 0)
                        if ($util.Long)
                            message.treeSize = $util.Long.fromValue(object.treeSize, true);
                        else if (typeof object.treeSize === "string")
                            message.treeSize = $parseInt(object.treeSize, 10);
                        else if (typeof object.treeSize === "number")
                            message.treeSize = object.treeSize;
                        else if (typeof object.treeSize === "object")
                            message.treeSize = new $util.LongBits(object.treeSize.low >>> 0, object.treeSize.high >>> 0).toNumber(true);
                if (object.auditPath) {
                    if (!$Array.isArray(object.auditPath))
                        throw $TypeError(".sealmatch.v1.InclusionProof.auditPath: array expected");
                    message.auditPath = $Array(object.auditPath.length);
                    for (let i = 0; i < object.auditPath.length; ++i)
                        if (typeof object.auditPath[i] === "string")
                            $util.base64.decode(object.auditPath[i], message.auditPath[i] = $util.newBuffer($util.base64.length(object.auditPath[i])), 0);
                        else if (object.auditPath[i].length >= 0)
                            message.auditPath[i] = object.auditPath[i];
                }
                return message;
            };

            /**
             * Creates a plain object from an InclusionProof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {sealmatch.v1.InclusionProof} message InclusionProof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InclusionProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.auditPath = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leafIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leafIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.treeSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.treeSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.leafIndex != null && $Object.hasOwnProperty.call(message, "leafIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leafIndex = typeof message.leafIndex === "number" ? $BigInt(message.leafIndex) : $util.Long.fromBits(message.leafIndex.low >>> 0, message.leafIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.leafIndex === "number")
                        object.leafIndex = options.longs === $String ? $String(message.leafIndex) : message.leafIndex;
                    else
                        object.leafIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.leafIndex) : options.longs === $Number ? new $util.LongBits(message.leafIndex.low >>> 0, message.leafIndex.high >>> 0).toNumber(true) : message.leafIndex;
                if (message.treeSize != null && $Object.hasOwnProperty.call(message, "treeSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.treeSize = typeof message.treeSize === "number" ? $BigInt(message.treeSize) : $util.Long.fromBits(message.treeSize.low >>> 0, message.treeSize.high >>> 0, true).toBigInt();
                    else if (typeof message.treeSize === "number")
                        object.treeSize = options.longs === $String ? $String(message.treeSize) : message.treeSize;
                    else
                        object.treeSize = options.longs === $String ? $util.Long.prototype.toString.call(message.treeSize) : options.longs === $Number ? new $util.LongBits(message.treeSize.low >>> 0, message.treeSize.high >>> 0).toNumber(true) : message.treeSize;
                if (message.auditPath && message.auditPath.length) {
                    object.auditPath = $Array(message.auditPath.length);
                    for (let j = 0; j < message.auditPath.length; ++j)
                        object.auditPath[j] = options.bytes === $String ? $util.base64.encode(message.auditPath[j], 0, message.auditPath[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.auditPath[j]) : message.auditPath[j];
                }
                return object;
            };

            /**
             * Converts this InclusionProof to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.InclusionProof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InclusionProof.prototype.toJSON = function() {
                return InclusionProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InclusionProof
             * @function getTypeUrl
             * @memberof sealmatch.v1.InclusionProof
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InclusionProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.InclusionProof";
            };

            return InclusionProof;
        })();

        v1.ConsistencyProof = (function() {

            /**
             * Properties of a ConsistencyProof.
             * @typedef {Object} sealmatch.v1.ConsistencyProof.$Properties
             * @property {number|null} [oldSize] ConsistencyProof oldSize
             * @property {number|null} [newSize] ConsistencyProof newSize
             * @property {Array.<Uint8Array>|null} [path] ConsistencyProof path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConsistencyProof.
             * @memberof sealmatch.v1
             * @interface IConsistencyProof
             * @augments sealmatch.v1.ConsistencyProof.$Properties
             * @deprecated Use sealmatch.v1.ConsistencyProof.$Properties instead.
             */

            /**
             * Shape of a ConsistencyProof.
             * @typedef {sealmatch.v1.ConsistencyProof.$Properties} sealmatch.v1.ConsistencyProof.$Shape
             */

            /**
             * Constructs a new ConsistencyProof.
             * @memberof sealmatch.v1
             * @classdesc Represents a ConsistencyProof.
             * @constructor
             * @param {sealmatch.v1.ConsistencyProof.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConsistencyProof = function (properties) {
                this.path = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConsistencyProof oldSize.
             * @member {number} oldSize
             * @memberof sealmatch.v1.ConsistencyProof
             * @instance
             */
            ConsistencyProof.prototype.oldSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConsistencyProof newSize.
             * @member {number} newSize
             * @memberof sealmatch.v1.ConsistencyProof
             * @instance
             */
            ConsistencyProof.prototype.newSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConsistencyProof path.
             * @member {Array.<Uint8Array>} path
             * @memberof sealmatch.v1.ConsistencyProof
             * @instance
             */
            ConsistencyProof.prototype.path = $util.emptyArray;

            /**
             * Creates a new ConsistencyProof instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {sealmatch.v1.ConsistencyProof.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.ConsistencyProof} ConsistencyProof instance
             * @type {{
             *   (properties: sealmatch.v1.ConsistencyProof.$Shape): sealmatch.v1.ConsistencyProof & sealmatch.v1.ConsistencyProof.$Shape;
             *   (properties?: sealmatch.v1.ConsistencyProof.$Properties): sealmatch.v1.ConsistencyProof;
             * }}
             */
            ConsistencyProof.create = function(properties) {
                return new ConsistencyProof(properties);
            };

            /**
             * Encodes the specified ConsistencyProof message. Does not implicitly {@link sealmatch.v1.ConsistencyProof.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {sealmatch.v1.ConsistencyProof.$Properties} message ConsistencyProof message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConsistencyProof.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.oldSize != null && $Object.hasOwnProperty.call(message, "oldSize") && (typeof message.oldSize === "object" ? message.oldSize.low || message.oldSize.high : message.oldSize !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.oldSize);
                if (message.newSize != null && $Object.hasOwnProperty.call(message, "newSize") && (typeof message.newSize === "object" ? message.newSize.low || message.newSize.high : message.newSize !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.newSize);
                if (message.path != null && message.path.length)
                    for (let i = 0; i < message.path.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.path[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConsistencyProof message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.ConsistencyProof & sealmatch.v1.ConsistencyProof.$Shape} ConsistencyProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConsistencyProof.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.ConsistencyProof();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldSize = value;
                            else
                                delete message.oldSize;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.newSize = value;
                            else
                                delete message.newSize;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.bytes());
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
             * Verifies a ConsistencyProof message.
             * @function verify
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConsistencyProof.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.oldSize != null && $Object.hasOwnProperty.call(message, "oldSize"))
                    if (!$util.isInteger(message.oldSize) && !(message.oldSize && $util.isInteger(message.oldSize.low) && $util.isInteger(message.oldSize.high)))
                        return "oldSize: integer|Long expected";
                if (message.newSize != null && $Object.hasOwnProperty.call(message, "newSize"))
                    if (!$util.isInteger(message.newSize) && !(message.newSize && $util.isInteger(message.newSize.low) && $util.isInteger(message.newSize.high)))
                        return "newSize: integer|Long expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path")) {
                    if (!$Array.isArray(message.path))
                        return "path: array expected";
                    for (let i = 0; i < message.path.length; ++i)
                        if (!(message.path[i] && typeof message.path[i].length === "number" || $util.isString(message.path[i])))
                            return "path: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a ConsistencyProof message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.ConsistencyProof} ConsistencyProof
             */
            ConsistencyProof.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.ConsistencyProof)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.ConsistencyProof: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.ConsistencyProof();
                if (object.oldSize != null)
                    if (typeof object.oldSize === "object" ? object.oldSize.low || object.oldSize.high : $Number(object.oldSize) !== 0)
                        if ($util.Long)
                            message.oldSize = $util.Long.fromValue(object.oldSize, true);
                        else if (typeof object.oldSize === "string")
                            message.oldSize = $parseInt(object.oldSize, 10);
                        else if (typeof object.oldSize === "number")
                            message.oldSize = object.oldSize;
                        else if (typeof object.oldSize === "object")
                            message.oldSize = new $util.LongBits(object.oldSize.low >>> 0, object.oldSize.high >>> 0).toNumber(true);
                if (object.newSize != null)
                    if (typeof object.newSize === "object" ? object.newSize.low || object.newSize.high : $Number(object.newSize) !== 0)
                        if ($util.Long)
                            message.newSize = $util.Long.fromValue(object.newSize, true);
                        else if (typeof object.newSize === "string")
                            message.newSize = $parseInt(object.newSize, 10);
                        else if (typeof object.newSize === "number")
                            message.newSize = object.newSize;
                        else if (typeof object.newSize === "object")
                            message.newSize = new $util.LongBits(object.newSize.low >>> 0, object.newSize.high >>> 0).toNumber(true);
                if (object.path) {
                    if (!$Array.isArray(object.path))
                        throw $TypeError(".sealmatch.v1.ConsistencyProof.path: array expected");
                    message.path = $Array(object.path.length);
                    for (let i = 0; i < object.path.length; ++i)
                        if (typeof object.path[i] === "string")
                            $util.base64.decode(object.path[i], message.path[i] = $util.newBuffer($util.base64.length(object.path[i])), 0);
                        else if (object.path[i].length >= 0)
                            message.path[i] = object.path[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a ConsistencyProof message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {sealmatch.v1.ConsistencyProof} message ConsistencyProof
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConsistencyProof.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.path = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.oldSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.oldSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.newSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.newSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.oldSize != null && $Object.hasOwnProperty.call(message, "oldSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.oldSize = typeof message.oldSize === "number" ? $BigInt(message.oldSize) : $util.Long.fromBits(message.oldSize.low >>> 0, message.oldSize.high >>> 0, true).toBigInt();
                    else if (typeof message.oldSize === "number")
                        object.oldSize = options.longs === $String ? $String(message.oldSize) : message.oldSize;
                    else
                        object.oldSize = options.longs === $String ? $util.Long.prototype.toString.call(message.oldSize) : options.longs === $Number ? new $util.LongBits(message.oldSize.low >>> 0, message.oldSize.high >>> 0).toNumber(true) : message.oldSize;
                if (message.newSize != null && $Object.hasOwnProperty.call(message, "newSize"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.newSize = typeof message.newSize === "number" ? $BigInt(message.newSize) : $util.Long.fromBits(message.newSize.low >>> 0, message.newSize.high >>> 0, true).toBigInt();
                    else if (typeof message.newSize === "number")
                        object.newSize = options.longs === $String ? $String(message.newSize) : message.newSize;
                    else
                        object.newSize = options.longs === $String ? $util.Long.prototype.toString.call(message.newSize) : options.longs === $Number ? new $util.LongBits(message.newSize.low >>> 0, message.newSize.high >>> 0).toNumber(true) : message.newSize;
                if (message.path && message.path.length) {
                    object.path = $Array(message.path.length);
                    for (let j = 0; j < message.path.length; ++j)
                        object.path[j] = options.bytes === $String ? $util.base64.encode(message.path[j], 0, message.path[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.path[j]) : message.path[j];
                }
                return object;
            };

            /**
             * Converts this ConsistencyProof to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.ConsistencyProof
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConsistencyProof.prototype.toJSON = function() {
                return ConsistencyProof.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConsistencyProof
             * @function getTypeUrl
             * @memberof sealmatch.v1.ConsistencyProof
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConsistencyProof.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.ConsistencyProof";
            };

            return ConsistencyProof;
        })();

        /**
         * HeScheme enum.
         * @name sealmatch.v1.HeScheme
         * @enum {number}
         * @property {number} HE_SCHEME_UNSPECIFIED=0 HE_SCHEME_UNSPECIFIED value
         * @property {number} HE_SCHEME_BGV=1 HE_SCHEME_BGV value
         */
        v1.HeScheme = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HE_SCHEME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "HE_SCHEME_BGV"] = 1;
            return values;
        })();

        v1.ParameterSet = (function() {

            /**
             * Properties of a ParameterSet.
             * @typedef {Object} sealmatch.v1.ParameterSet.$Properties
             * @property {string|null} [id] ParameterSet id
             * @property {sealmatch.v1.HeScheme|null} [scheme] ParameterSet scheme
             * @property {number|null} [polyModulusDegree] ParameterSet polyModulusDegree
             * @property {Array.<number>|null} [coeffModulusBits] ParameterSet coeffModulusBits
             * @property {number|null} [plainModulus] ParameterSet plainModulus
             * @property {number|null} [minDim] ParameterSet minDim
             * @property {number|null} [maxDim] ParameterSet maxDim
             * @property {number|null} [quantScale] ParameterSet quantScale
             * @property {number|null} [quantBits] ParameterSet quantBits
             * @property {number|null} [scoreBound] ParameterSet scoreBound
             * @property {number|null} [blindFactorMax] ParameterSet blindFactorMax
             * @property {number|null} [defaultThresholdCosine] ParameterSet defaultThresholdCosine
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ParameterSet.
             * @memberof sealmatch.v1
             * @interface IParameterSet
             * @augments sealmatch.v1.ParameterSet.$Properties
             * @deprecated Use sealmatch.v1.ParameterSet.$Properties instead.
             */

            /**
             * Shape of a ParameterSet.
             * @typedef {sealmatch.v1.ParameterSet.$Properties} sealmatch.v1.ParameterSet.$Shape
             */

            /**
             * Constructs a new ParameterSet.
             * @memberof sealmatch.v1
             * @classdesc Represents a ParameterSet.
             * @constructor
             * @param {sealmatch.v1.ParameterSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ParameterSet = function (properties) {
                this.coeffModulusBits = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ParameterSet id.
             * @member {string} id
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.id = "";

            /**
             * ParameterSet scheme.
             * @member {sealmatch.v1.HeScheme} scheme
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.scheme = 0;

            /**
             * ParameterSet polyModulusDegree.
             * @member {number} polyModulusDegree
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.polyModulusDegree = 0;

            /**
             * ParameterSet coeffModulusBits.
             * @member {Array.<number>} coeffModulusBits
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.coeffModulusBits = $util.emptyArray;

            /**
             * ParameterSet plainModulus.
             * @member {number} plainModulus
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.plainModulus = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ParameterSet minDim.
             * @member {number} minDim
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.minDim = 0;

            /**
             * ParameterSet maxDim.
             * @member {number} maxDim
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.maxDim = 0;

            /**
             * ParameterSet quantScale.
             * @member {number} quantScale
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.quantScale = 0;

            /**
             * ParameterSet quantBits.
             * @member {number} quantBits
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.quantBits = 0;

            /**
             * ParameterSet scoreBound.
             * @member {number} scoreBound
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.scoreBound = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ParameterSet blindFactorMax.
             * @member {number} blindFactorMax
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.blindFactorMax = 0;

            /**
             * ParameterSet defaultThresholdCosine.
             * @member {number} defaultThresholdCosine
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             */
            ParameterSet.prototype.defaultThresholdCosine = 0;

            /**
             * Creates a new ParameterSet instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {sealmatch.v1.ParameterSet.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.ParameterSet} ParameterSet instance
             * @type {{
             *   (properties: sealmatch.v1.ParameterSet.$Shape): sealmatch.v1.ParameterSet & sealmatch.v1.ParameterSet.$Shape;
             *   (properties?: sealmatch.v1.ParameterSet.$Properties): sealmatch.v1.ParameterSet;
             * }}
             */
            ParameterSet.create = function(properties) {
                return new ParameterSet(properties);
            };

            /**
             * Encodes the specified ParameterSet message. Does not implicitly {@link sealmatch.v1.ParameterSet.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {sealmatch.v1.ParameterSet.$Properties} message ParameterSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ParameterSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.polyModulusDegree != null && $Object.hasOwnProperty.call(message, "polyModulusDegree") && message.polyModulusDegree !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.polyModulusDegree);
                if (message.coeffModulusBits != null && message.coeffModulusBits.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).uint32s(message.coeffModulusBits);
                if (message.plainModulus != null && $Object.hasOwnProperty.call(message, "plainModulus") && (typeof message.plainModulus === "object" ? message.plainModulus.low || message.plainModulus.high : message.plainModulus !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.plainModulus);
                if (message.minDim != null && $Object.hasOwnProperty.call(message, "minDim") && message.minDim !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.minDim);
                if (message.maxDim != null && $Object.hasOwnProperty.call(message, "maxDim") && message.maxDim !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxDim);
                if (message.quantScale != null && $Object.hasOwnProperty.call(message, "quantScale") && message.quantScale !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.quantScale);
                if (message.quantBits != null && $Object.hasOwnProperty.call(message, "quantBits") && message.quantBits !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.quantBits);
                if (message.scoreBound != null && $Object.hasOwnProperty.call(message, "scoreBound") && (typeof message.scoreBound === "object" ? message.scoreBound.low || message.scoreBound.high : message.scoreBound !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.scoreBound);
                if (message.blindFactorMax != null && $Object.hasOwnProperty.call(message, "blindFactorMax") && message.blindFactorMax !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.blindFactorMax);
                if (message.defaultThresholdCosine != null && $Object.hasOwnProperty.call(message, "defaultThresholdCosine") && !$Object.is(message.defaultThresholdCosine, 0))
                    writer.uint32(/* id 12, wireType 1 =*/97).double(message.defaultThresholdCosine);
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme") && message.scheme !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.scheme);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ParameterSet message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.ParameterSet & sealmatch.v1.ParameterSet.$Shape} ParameterSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ParameterSet.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.ParameterSet();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.scheme = value;
                            else
                                delete message.scheme;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.polyModulusDegree = value;
                            else
                                delete message.polyModulusDegree;
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.coeffModulusBits && message.coeffModulusBits.length))
                                    message.coeffModulusBits = [];
                                reader.uint32s(message.coeffModulusBits);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.coeffModulusBits && message.coeffModulusBits.length))
                                message.coeffModulusBits = [];
                            message.coeffModulusBits.push(reader.uint32());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.plainModulus = value;
                            else
                                delete message.plainModulus;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minDim = value;
                            else
                                delete message.minDim;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxDim = value;
                            else
                                delete message.maxDim;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quantScale = value;
                            else
                                delete message.quantScale;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quantBits = value;
                            else
                                delete message.quantBits;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.scoreBound = value;
                            else
                                delete message.scoreBound;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blindFactorMax = value;
                            else
                                delete message.blindFactorMax;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.defaultThresholdCosine = value;
                            else
                                delete message.defaultThresholdCosine;
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
             * Verifies a ParameterSet message.
             * @function verify
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ParameterSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    if (typeof message.scheme !== "number" || (message.scheme | 0) !== message.scheme)
                        return "scheme: enum value expected";
                if (message.polyModulusDegree != null && $Object.hasOwnProperty.call(message, "polyModulusDegree"))
                    if (!$util.isInteger(message.polyModulusDegree))
                        return "polyModulusDegree: integer expected";
                if (message.coeffModulusBits != null && $Object.hasOwnProperty.call(message, "coeffModulusBits")) {
                    if (!$Array.isArray(message.coeffModulusBits))
                        return "coeffModulusBits: array expected";
                    for (let i = 0; i < message.coeffModulusBits.length; ++i)
                        if (!$util.isInteger(message.coeffModulusBits[i]))
                            return "coeffModulusBits: integer[] expected";
                }
                if (message.plainModulus != null && $Object.hasOwnProperty.call(message, "plainModulus"))
                    if (!$util.isInteger(message.plainModulus) && !(message.plainModulus && $util.isInteger(message.plainModulus.low) && $util.isInteger(message.plainModulus.high)))
                        return "plainModulus: integer|Long expected";
                if (message.minDim != null && $Object.hasOwnProperty.call(message, "minDim"))
                    if (!$util.isInteger(message.minDim))
                        return "minDim: integer expected";
                if (message.maxDim != null && $Object.hasOwnProperty.call(message, "maxDim"))
                    if (!$util.isInteger(message.maxDim))
                        return "maxDim: integer expected";
                if (message.quantScale != null && $Object.hasOwnProperty.call(message, "quantScale"))
                    if (!$util.isInteger(message.quantScale))
                        return "quantScale: integer expected";
                if (message.quantBits != null && $Object.hasOwnProperty.call(message, "quantBits"))
                    if (!$util.isInteger(message.quantBits))
                        return "quantBits: integer expected";
                if (message.scoreBound != null && $Object.hasOwnProperty.call(message, "scoreBound"))
                    if (!$util.isInteger(message.scoreBound) && !(message.scoreBound && $util.isInteger(message.scoreBound.low) && $util.isInteger(message.scoreBound.high)))
                        return "scoreBound: integer|Long expected";
                if (message.blindFactorMax != null && $Object.hasOwnProperty.call(message, "blindFactorMax"))
                    if (!$util.isInteger(message.blindFactorMax))
                        return "blindFactorMax: integer expected";
                if (message.defaultThresholdCosine != null && $Object.hasOwnProperty.call(message, "defaultThresholdCosine"))
                    if (typeof message.defaultThresholdCosine !== "number")
                        return "defaultThresholdCosine: number expected";
                return null;
            };

            /**
             * Creates a ParameterSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.ParameterSet} ParameterSet
             */
            ParameterSet.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.ParameterSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.ParameterSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.ParameterSet();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.scheme !== 0 && (typeof object.scheme !== "string" || $root.sealmatch.v1.HeScheme[object.scheme] !== 0))
                    switch (object.scheme) {
                    case "HE_SCHEME_UNSPECIFIED":
                    case 0:
                        message.scheme = 0;
                        break;
                    case "HE_SCHEME_BGV":
                    case 1:
                        message.scheme = 1;
                        break;
                    default:
                        if (typeof object.scheme === "number" && (object.scheme | 0) === object.scheme)
                            message.scheme = object.scheme;
                    }
                if (object.polyModulusDegree != null)
                    if ($Number(object.polyModulusDegree) !== 0)
                        message.polyModulusDegree = object.polyModulusDegree >>> 0;
                if (object.coeffModulusBits) {
                    if (!$Array.isArray(object.coeffModulusBits))
                        throw $TypeError(".sealmatch.v1.ParameterSet.coeffModulusBits: array expected");
                    message.coeffModulusBits = $Array(object.coeffModulusBits.length);
                    for (let i = 0; i < object.coeffModulusBits.length; ++i)
                        message.coeffModulusBits[i] = object.coeffModulusBits[i] >>> 0;
                }
                if (object.plainModulus != null)
                    if (typeof object.plainModulus === "object" ? object.plainModulus.low || object.plainModulus.high : $Number(object.plainModulus) !== 0)
                        if ($util.Long)
                            message.plainModulus = $util.Long.fromValue(object.plainModulus, true);
                        else if (typeof object.plainModulus === "string")
                            message.plainModulus = $parseInt(object.plainModulus, 10);
                        else if (typeof object.plainModulus === "number")
                            message.plainModulus = object.plainModulus;
                        else if (typeof object.plainModulus === "object")
                            message.plainModulus = new $util.LongBits(object.plainModulus.low >>> 0, object.plainModulus.high >>> 0).toNumber(true);
                if (object.minDim != null)
                    if ($Number(object.minDim) !== 0)
                        message.minDim = object.minDim >>> 0;
                if (object.maxDim != null)
                    if ($Number(object.maxDim) !== 0)
                        message.maxDim = object.maxDim >>> 0;
                if (object.quantScale != null)
                    if ($Number(object.quantScale) !== 0)
                        message.quantScale = object.quantScale >>> 0;
                if (object.quantBits != null)
                    if ($Number(object.quantBits) !== 0)
                        message.quantBits = object.quantBits >>> 0;
                if (object.scoreBound != null)
                    if (typeof object.scoreBound === "object" ? object.scoreBound.low || object.scoreBound.high : $Number(object.scoreBound) !== 0)
                        if ($util.Long)
                            message.scoreBound = $util.Long.fromValue(object.scoreBound, true);
                        else if (typeof object.scoreBound === "string")
                            message.scoreBound = $parseInt(object.scoreBound, 10);
                        else if (typeof object.scoreBound === "number")
                            message.scoreBound = object.scoreBound;
                        else if (typeof object.scoreBound === "object")
                            message.scoreBound = new $util.LongBits(object.scoreBound.low >>> 0, object.scoreBound.high >>> 0).toNumber(true);
                if (object.blindFactorMax != null)
                    if ($Number(object.blindFactorMax) !== 0)
                        message.blindFactorMax = object.blindFactorMax >>> 0;
                if (object.defaultThresholdCosine != null)
                    if (!$Object.is($Number(object.defaultThresholdCosine), 0))
                        message.defaultThresholdCosine = $Number(object.defaultThresholdCosine);
                return message;
            };

            /**
             * Creates a plain object from a ParameterSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {sealmatch.v1.ParameterSet} message ParameterSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ParameterSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.coeffModulusBits = [];
                if (options.defaults) {
                    object.id = "";
                    object.polyModulusDegree = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.plainModulus = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.plainModulus = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.minDim = 0;
                    object.maxDim = 0;
                    object.quantScale = 0;
                    object.quantBits = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.scoreBound = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.scoreBound = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.blindFactorMax = 0;
                    object.defaultThresholdCosine = 0;
                    object.scheme = options.enums === $String ? "HE_SCHEME_UNSPECIFIED" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.polyModulusDegree != null && $Object.hasOwnProperty.call(message, "polyModulusDegree"))
                    object.polyModulusDegree = message.polyModulusDegree;
                if (message.coeffModulusBits && message.coeffModulusBits.length) {
                    object.coeffModulusBits = $Array(message.coeffModulusBits.length);
                    for (let j = 0; j < message.coeffModulusBits.length; ++j)
                        object.coeffModulusBits[j] = message.coeffModulusBits[j];
                }
                if (message.plainModulus != null && $Object.hasOwnProperty.call(message, "plainModulus"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.plainModulus = typeof message.plainModulus === "number" ? $BigInt(message.plainModulus) : $util.Long.fromBits(message.plainModulus.low >>> 0, message.plainModulus.high >>> 0, true).toBigInt();
                    else if (typeof message.plainModulus === "number")
                        object.plainModulus = options.longs === $String ? $String(message.plainModulus) : message.plainModulus;
                    else
                        object.plainModulus = options.longs === $String ? $util.Long.prototype.toString.call(message.plainModulus) : options.longs === $Number ? new $util.LongBits(message.plainModulus.low >>> 0, message.plainModulus.high >>> 0).toNumber(true) : message.plainModulus;
                if (message.minDim != null && $Object.hasOwnProperty.call(message, "minDim"))
                    object.minDim = message.minDim;
                if (message.maxDim != null && $Object.hasOwnProperty.call(message, "maxDim"))
                    object.maxDim = message.maxDim;
                if (message.quantScale != null && $Object.hasOwnProperty.call(message, "quantScale"))
                    object.quantScale = message.quantScale;
                if (message.quantBits != null && $Object.hasOwnProperty.call(message, "quantBits"))
                    object.quantBits = message.quantBits;
                if (message.scoreBound != null && $Object.hasOwnProperty.call(message, "scoreBound"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.scoreBound = typeof message.scoreBound === "number" ? $BigInt(message.scoreBound) : $util.Long.fromBits(message.scoreBound.low >>> 0, message.scoreBound.high >>> 0, true).toBigInt();
                    else if (typeof message.scoreBound === "number")
                        object.scoreBound = options.longs === $String ? $String(message.scoreBound) : message.scoreBound;
                    else
                        object.scoreBound = options.longs === $String ? $util.Long.prototype.toString.call(message.scoreBound) : options.longs === $Number ? new $util.LongBits(message.scoreBound.low >>> 0, message.scoreBound.high >>> 0).toNumber(true) : message.scoreBound;
                if (message.blindFactorMax != null && $Object.hasOwnProperty.call(message, "blindFactorMax"))
                    object.blindFactorMax = message.blindFactorMax;
                if (message.defaultThresholdCosine != null && $Object.hasOwnProperty.call(message, "defaultThresholdCosine"))
                    object.defaultThresholdCosine = options.json && !$isFinite(message.defaultThresholdCosine) ? $String(message.defaultThresholdCosine) : message.defaultThresholdCosine;
                if (message.scheme != null && $Object.hasOwnProperty.call(message, "scheme"))
                    object.scheme = options.enums === $String ? $root.sealmatch.v1.HeScheme[message.scheme] === $undefined ? message.scheme : $root.sealmatch.v1.HeScheme[message.scheme] : message.scheme;
                return object;
            };

            /**
             * Converts this ParameterSet to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.ParameterSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ParameterSet.prototype.toJSON = function() {
                return ParameterSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ParameterSet
             * @function getTypeUrl
             * @memberof sealmatch.v1.ParameterSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ParameterSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.ParameterSet";
            };

            return ParameterSet;
        })();

        v1.PublicBundle = (function() {

            /**
             * Properties of a PublicBundle.
             * @typedef {Object} sealmatch.v1.PublicBundle.$Properties
             * @property {string|null} [parameterSetId] PublicBundle parameterSetId
             * @property {Uint8Array|null} [hePublicKey] PublicBundle hePublicKey
             * @property {Uint8Array|null} [decisionPublicKey] PublicBundle decisionPublicKey
             * @property {Uint8Array|null} [galoisKeys] PublicBundle galoisKeys
             * @property {Uint8Array|null} [sealPublicKey] PublicBundle sealPublicKey
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PublicBundle.
             * @memberof sealmatch.v1
             * @interface IPublicBundle
             * @augments sealmatch.v1.PublicBundle.$Properties
             * @deprecated Use sealmatch.v1.PublicBundle.$Properties instead.
             */

            /**
             * Shape of a PublicBundle.
             * @typedef {sealmatch.v1.PublicBundle.$Properties} sealmatch.v1.PublicBundle.$Shape
             */

            /**
             * Constructs a new PublicBundle.
             * @memberof sealmatch.v1
             * @classdesc Represents a PublicBundle.
             * @constructor
             * @param {sealmatch.v1.PublicBundle.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PublicBundle = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PublicBundle parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             */
            PublicBundle.prototype.parameterSetId = "";

            /**
             * PublicBundle hePublicKey.
             * @member {Uint8Array} hePublicKey
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             */
            PublicBundle.prototype.hePublicKey = $util.newBuffer([]);

            /**
             * PublicBundle decisionPublicKey.
             * @member {Uint8Array} decisionPublicKey
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             */
            PublicBundle.prototype.decisionPublicKey = $util.newBuffer([]);

            /**
             * PublicBundle galoisKeys.
             * @member {Uint8Array} galoisKeys
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             */
            PublicBundle.prototype.galoisKeys = $util.newBuffer([]);

            /**
             * PublicBundle sealPublicKey.
             * @member {Uint8Array} sealPublicKey
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             */
            PublicBundle.prototype.sealPublicKey = $util.newBuffer([]);

            /**
             * Creates a new PublicBundle instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {sealmatch.v1.PublicBundle.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.PublicBundle} PublicBundle instance
             * @type {{
             *   (properties: sealmatch.v1.PublicBundle.$Shape): sealmatch.v1.PublicBundle & sealmatch.v1.PublicBundle.$Shape;
             *   (properties?: sealmatch.v1.PublicBundle.$Properties): sealmatch.v1.PublicBundle;
             * }}
             */
            PublicBundle.create = function(properties) {
                return new PublicBundle(properties);
            };

            /**
             * Encodes the specified PublicBundle message. Does not implicitly {@link sealmatch.v1.PublicBundle.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {sealmatch.v1.PublicBundle.$Properties} message PublicBundle message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PublicBundle.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.hePublicKey != null && $Object.hasOwnProperty.call(message, "hePublicKey") && message.hePublicKey.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.hePublicKey);
                if (message.decisionPublicKey != null && $Object.hasOwnProperty.call(message, "decisionPublicKey") && message.decisionPublicKey.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.decisionPublicKey);
                if (message.galoisKeys != null && $Object.hasOwnProperty.call(message, "galoisKeys") && message.galoisKeys.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.galoisKeys);
                if (message.sealPublicKey != null && $Object.hasOwnProperty.call(message, "sealPublicKey") && message.sealPublicKey.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.sealPublicKey);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PublicBundle message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.PublicBundle & sealmatch.v1.PublicBundle.$Shape} PublicBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PublicBundle.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.PublicBundle();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.hePublicKey = value;
                            else
                                delete message.hePublicKey;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.decisionPublicKey = value;
                            else
                                delete message.decisionPublicKey;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.galoisKeys = value;
                            else
                                delete message.galoisKeys;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.sealPublicKey = value;
                            else
                                delete message.sealPublicKey;
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
             * Verifies a PublicBundle message.
             * @function verify
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PublicBundle.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.hePublicKey != null && $Object.hasOwnProperty.call(message, "hePublicKey"))
                    if (!(message.hePublicKey && typeof message.hePublicKey.length === "number" || $util.isString(message.hePublicKey)))
                        return "hePublicKey: buffer expected";
                if (message.decisionPublicKey != null && $Object.hasOwnProperty.call(message, "decisionPublicKey"))
                    if (!(message.decisionPublicKey && typeof message.decisionPublicKey.length === "number" || $util.isString(message.decisionPublicKey)))
                        return "decisionPublicKey: buffer expected";
                if (message.galoisKeys != null && $Object.hasOwnProperty.call(message, "galoisKeys"))
                    if (!(message.galoisKeys && typeof message.galoisKeys.length === "number" || $util.isString(message.galoisKeys)))
                        return "galoisKeys: buffer expected";
                if (message.sealPublicKey != null && $Object.hasOwnProperty.call(message, "sealPublicKey"))
                    if (!(message.sealPublicKey && typeof message.sealPublicKey.length === "number" || $util.isString(message.sealPublicKey)))
                        return "sealPublicKey: buffer expected";
                return null;
            };

            /**
             * Creates a PublicBundle message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.PublicBundle} PublicBundle
             */
            PublicBundle.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.PublicBundle)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.PublicBundle: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.PublicBundle();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.hePublicKey != null)
                    if (object.hePublicKey.length)
                        if (typeof object.hePublicKey === "string")
                            $util.base64.decode(object.hePublicKey, message.hePublicKey = $util.newBuffer($util.base64.length(object.hePublicKey)), 0);
                        else if (object.hePublicKey.length >= 0)
                            message.hePublicKey = object.hePublicKey;
                if (object.decisionPublicKey != null)
                    if (object.decisionPublicKey.length)
                        if (typeof object.decisionPublicKey === "string")
                            $util.base64.decode(object.decisionPublicKey, message.decisionPublicKey = $util.newBuffer($util.base64.length(object.decisionPublicKey)), 0);
                        else if (object.decisionPublicKey.length >= 0)
                            message.decisionPublicKey = object.decisionPublicKey;
                if (object.galoisKeys != null)
                    if (object.galoisKeys.length)
                        if (typeof object.galoisKeys === "string")
                            $util.base64.decode(object.galoisKeys, message.galoisKeys = $util.newBuffer($util.base64.length(object.galoisKeys)), 0);
                        else if (object.galoisKeys.length >= 0)
                            message.galoisKeys = object.galoisKeys;
                if (object.sealPublicKey != null)
                    if (object.sealPublicKey.length)
                        if (typeof object.sealPublicKey === "string")
                            $util.base64.decode(object.sealPublicKey, message.sealPublicKey = $util.newBuffer($util.base64.length(object.sealPublicKey)), 0);
                        else if (object.sealPublicKey.length >= 0)
                            message.sealPublicKey = object.sealPublicKey;
                return message;
            };

            /**
             * Creates a plain object from a PublicBundle message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {sealmatch.v1.PublicBundle} message PublicBundle
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PublicBundle.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.hePublicKey = "";
                    else {
                        object.hePublicKey = [];
                        if (options.bytes !== $Array)
                            object.hePublicKey = $util.newBuffer(object.hePublicKey);
                    }
                    if (options.bytes === $String)
                        object.decisionPublicKey = "";
                    else {
                        object.decisionPublicKey = [];
                        if (options.bytes !== $Array)
                            object.decisionPublicKey = $util.newBuffer(object.decisionPublicKey);
                    }
                    if (options.bytes === $String)
                        object.galoisKeys = "";
                    else {
                        object.galoisKeys = [];
                        if (options.bytes !== $Array)
                            object.galoisKeys = $util.newBuffer(object.galoisKeys);
                    }
                    if (options.bytes === $String)
                        object.sealPublicKey = "";
                    else {
                        object.sealPublicKey = [];
                        if (options.bytes !== $Array)
                            object.sealPublicKey = $util.newBuffer(object.sealPublicKey);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.hePublicKey != null && $Object.hasOwnProperty.call(message, "hePublicKey"))
                    object.hePublicKey = options.bytes === $String ? $util.base64.encode(message.hePublicKey, 0, message.hePublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.hePublicKey) : message.hePublicKey;
                if (message.decisionPublicKey != null && $Object.hasOwnProperty.call(message, "decisionPublicKey"))
                    object.decisionPublicKey = options.bytes === $String ? $util.base64.encode(message.decisionPublicKey, 0, message.decisionPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.decisionPublicKey) : message.decisionPublicKey;
                if (message.galoisKeys != null && $Object.hasOwnProperty.call(message, "galoisKeys"))
                    object.galoisKeys = options.bytes === $String ? $util.base64.encode(message.galoisKeys, 0, message.galoisKeys.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.galoisKeys) : message.galoisKeys;
                if (message.sealPublicKey != null && $Object.hasOwnProperty.call(message, "sealPublicKey"))
                    object.sealPublicKey = options.bytes === $String ? $util.base64.encode(message.sealPublicKey, 0, message.sealPublicKey.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.sealPublicKey) : message.sealPublicKey;
                return object;
            };

            /**
             * Converts this PublicBundle to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.PublicBundle
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PublicBundle.prototype.toJSON = function() {
                return PublicBundle.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PublicBundle
             * @function getTypeUrl
             * @memberof sealmatch.v1.PublicBundle
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PublicBundle.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.PublicBundle";
            };

            return PublicBundle;
        })();

        /**
         * Modality enum.
         * @name sealmatch.v1.Modality
         * @enum {number}
         * @property {number} MODALITY_UNSPECIFIED=0 MODALITY_UNSPECIFIED value
         * @property {number} MODALITY_FACE=1 MODALITY_FACE value
         * @property {number} MODALITY_FINGER=2 MODALITY_FINGER value
         * @property {number} MODALITY_FINGER_FINGER=3 MODALITY_FINGER_FINGER value
         * @property {number} MODALITY_FACE_FINGER=4 MODALITY_FACE_FINGER value
         */
        v1.Modality = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODALITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODALITY_FACE"] = 1;
            values[valuesById[2] = "MODALITY_FINGER"] = 2;
            values[valuesById[3] = "MODALITY_FINGER_FINGER"] = 3;
            values[valuesById[4] = "MODALITY_FACE_FINGER"] = 4;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} sealmatch.v1.Error.$Properties
             * @property {string|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {string|null} [reason] Error reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof sealmatch.v1
             * @interface IError
             * @augments sealmatch.v1.Error.$Properties
             * @deprecated Use sealmatch.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {sealmatch.v1.Error.$Properties} sealmatch.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof sealmatch.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {sealmatch.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {string} code
             * @memberof sealmatch.v1.Error
             * @instance
             */
            Error.prototype.code = "";

            /**
             * Error message.
             * @member {string} message
             * @memberof sealmatch.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error reason.
             * @member {string} reason
             * @memberof sealmatch.v1.Error
             * @instance
             */
            Error.prototype.reason = "";

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.Error
             * @static
             * @param {sealmatch.v1.Error.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.Error} Error instance
             * @type {{
             *   (properties: sealmatch.v1.Error.$Shape): sealmatch.v1.Error & sealmatch.v1.Error.$Shape;
             *   (properties?: sealmatch.v1.Error.$Properties): sealmatch.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link sealmatch.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.Error
             * @static
             * @param {sealmatch.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.Error & sealmatch.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.Error();
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
                                message.code = value;
                            else
                                delete message.code;
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
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Verifies an Error message.
             * @function verify
             * @memberof sealmatch.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.Error();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.Error
             * @static
             * @param {sealmatch.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.reason = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Error
             * @function getTypeUrl
             * @memberof sealmatch.v1.Error
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Error.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.Error";
            };

            return Error;
        })();

        /**
         * IdentifyPurpose enum.
         * @name sealmatch.v1.IdentifyPurpose
         * @enum {number}
         * @property {number} IDENTIFY_PURPOSE_UNSPECIFIED=0 IDENTIFY_PURPOSE_UNSPECIFIED value
         * @property {number} IDENTIFY_PURPOSE_ENROLLMENT_DEDUP=1 IDENTIFY_PURPOSE_ENROLLMENT_DEDUP value
         */
        v1.IdentifyPurpose = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "IDENTIFY_PURPOSE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "IDENTIFY_PURPOSE_ENROLLMENT_DEDUP"] = 1;
            return values;
        })();

        v1.IdentifyAuthorization = (function() {

            /**
             * Properties of an IdentifyAuthorization.
             * @typedef {Object} sealmatch.v1.IdentifyAuthorization.$Properties
             * @property {string|null} [parameterSetId] IdentifyAuthorization parameterSetId
             * @property {Uint8Array|null} [probeHash] IdentifyAuthorization probeHash
             * @property {sealmatch.v1.IdentifyPurpose|null} [purpose] IdentifyAuthorization purpose
             * @property {string|null} [caseId] IdentifyAuthorization caseId
             * @property {number|null} [issuedAtMs] IdentifyAuthorization issuedAtMs
             * @property {Uint8Array|null} [officerKeyId] IdentifyAuthorization officerKeyId
             * @property {Uint8Array|null} [signature] IdentifyAuthorization signature
             * @property {Uint8Array|null} [macEnvelope] IdentifyAuthorization macEnvelope
             * @property {Uint8Array|null} [heKeyId] IdentifyAuthorization heKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentifyAuthorization.
             * @memberof sealmatch.v1
             * @interface IIdentifyAuthorization
             * @augments sealmatch.v1.IdentifyAuthorization.$Properties
             * @deprecated Use sealmatch.v1.IdentifyAuthorization.$Properties instead.
             */

            /**
             * Shape of an IdentifyAuthorization.
             * @typedef {sealmatch.v1.IdentifyAuthorization.$Properties} sealmatch.v1.IdentifyAuthorization.$Shape
             */

            /**
             * Constructs a new IdentifyAuthorization.
             * @memberof sealmatch.v1
             * @classdesc Represents an IdentifyAuthorization.
             * @constructor
             * @param {sealmatch.v1.IdentifyAuthorization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentifyAuthorization = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentifyAuthorization parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.parameterSetId = "";

            /**
             * IdentifyAuthorization probeHash.
             * @member {Uint8Array} probeHash
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.probeHash = $util.newBuffer([]);

            /**
             * IdentifyAuthorization purpose.
             * @member {sealmatch.v1.IdentifyPurpose} purpose
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.purpose = 0;

            /**
             * IdentifyAuthorization caseId.
             * @member {string} caseId
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.caseId = "";

            /**
             * IdentifyAuthorization issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * IdentifyAuthorization officerKeyId.
             * @member {Uint8Array} officerKeyId
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.officerKeyId = $util.newBuffer([]);

            /**
             * IdentifyAuthorization signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.signature = $util.newBuffer([]);

            /**
             * IdentifyAuthorization macEnvelope.
             * @member {Uint8Array} macEnvelope
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.macEnvelope = $util.newBuffer([]);

            /**
             * IdentifyAuthorization heKeyId.
             * @member {Uint8Array} heKeyId
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             */
            IdentifyAuthorization.prototype.heKeyId = $util.newBuffer([]);

            /**
             * Creates a new IdentifyAuthorization instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {sealmatch.v1.IdentifyAuthorization.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.IdentifyAuthorization} IdentifyAuthorization instance
             * @type {{
             *   (properties: sealmatch.v1.IdentifyAuthorization.$Shape): sealmatch.v1.IdentifyAuthorization & sealmatch.v1.IdentifyAuthorization.$Shape;
             *   (properties?: sealmatch.v1.IdentifyAuthorization.$Properties): sealmatch.v1.IdentifyAuthorization;
             * }}
             */
            IdentifyAuthorization.create = function(properties) {
                return new IdentifyAuthorization(properties);
            };

            /**
             * Encodes the specified IdentifyAuthorization message. Does not implicitly {@link sealmatch.v1.IdentifyAuthorization.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {sealmatch.v1.IdentifyAuthorization.$Properties} message IdentifyAuthorization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentifyAuthorization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.probeHash != null && $Object.hasOwnProperty.call(message, "probeHash") && message.probeHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.probeHash);
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId") && message.caseId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.caseId);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.issuedAtMs);
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId") && message.officerKeyId.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.officerKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signature);
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose") && message.purpose !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.purpose);
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope") && message.macEnvelope.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.macEnvelope);
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId") && message.heKeyId.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).bytes(message.heKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentifyAuthorization message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyAuthorization & sealmatch.v1.IdentifyAuthorization.$Shape} IdentifyAuthorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentifyAuthorization.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.IdentifyAuthorization();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.probeHash = value;
                            else
                                delete message.probeHash;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.purpose = value;
                            else
                                delete message.purpose;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseId = value;
                            else
                                delete message.caseId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.officerKeyId = value;
                            else
                                delete message.officerKeyId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.macEnvelope = value;
                            else
                                delete message.macEnvelope;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.heKeyId = value;
                            else
                                delete message.heKeyId;
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
             * Verifies an IdentifyAuthorization message.
             * @function verify
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdentifyAuthorization.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.probeHash != null && $Object.hasOwnProperty.call(message, "probeHash"))
                    if (!(message.probeHash && typeof message.probeHash.length === "number" || $util.isString(message.probeHash)))
                        return "probeHash: buffer expected";
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    if (typeof message.purpose !== "number" || (message.purpose | 0) !== message.purpose)
                        return "purpose: enum value expected";
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    if (!$util.isString(message.caseId))
                        return "caseId: string expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId"))
                    if (!(message.officerKeyId && typeof message.officerKeyId.length === "number" || $util.isString(message.officerKeyId)))
                        return "officerKeyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    if (!(message.macEnvelope && typeof message.macEnvelope.length === "number" || $util.isString(message.macEnvelope)))
                        return "macEnvelope: buffer expected";
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    if (!(message.heKeyId && typeof message.heKeyId.length === "number" || $util.isString(message.heKeyId)))
                        return "heKeyId: buffer expected";
                return null;
            };

            /**
             * Creates an IdentifyAuthorization message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.IdentifyAuthorization} IdentifyAuthorization
             */
            IdentifyAuthorization.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.IdentifyAuthorization)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.IdentifyAuthorization: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.IdentifyAuthorization();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.probeHash != null)
                    if (object.probeHash.length)
                        if (typeof object.probeHash === "string")
                            $util.base64.decode(object.probeHash, message.probeHash = $util.newBuffer($util.base64.length(object.probeHash)), 0);
                        else if (object.probeHash.length >= 0)
                            message.probeHash = object.probeHash;
                if (object.purpose !== 0 && (typeof object.purpose !== "string" || $root.sealmatch.v1.IdentifyPurpose[object.purpose] !== 0))
                    switch (object.purpose) {
                    case "IDENTIFY_PURPOSE_UNSPECIFIED":
                    case 0:
                        message.purpose = 0;
                        break;
                    case "IDENTIFY_PURPOSE_ENROLLMENT_DEDUP":
                    case 1:
                        message.purpose = 1;
                        break;
                    default:
                        if (typeof object.purpose === "number" && (object.purpose | 0) === object.purpose)
                            message.purpose = object.purpose;
                    }
                if (object.caseId != null)
                    if (typeof object.caseId !== "string" || object.caseId.length)
                        message.caseId = $String(object.caseId);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.officerKeyId != null)
                    if (object.officerKeyId.length)
                        if (typeof object.officerKeyId === "string")
                            $util.base64.decode(object.officerKeyId, message.officerKeyId = $util.newBuffer($util.base64.length(object.officerKeyId)), 0);
                        else if (object.officerKeyId.length >= 0)
                            message.officerKeyId = object.officerKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.macEnvelope != null)
                    if (object.macEnvelope.length)
                        if (typeof object.macEnvelope === "string")
                            $util.base64.decode(object.macEnvelope, message.macEnvelope = $util.newBuffer($util.base64.length(object.macEnvelope)), 0);
                        else if (object.macEnvelope.length >= 0)
                            message.macEnvelope = object.macEnvelope;
                if (object.heKeyId != null)
                    if (object.heKeyId.length)
                        if (typeof object.heKeyId === "string")
                            $util.base64.decode(object.heKeyId, message.heKeyId = $util.newBuffer($util.base64.length(object.heKeyId)), 0);
                        else if (object.heKeyId.length >= 0)
                            message.heKeyId = object.heKeyId;
                return message;
            };

            /**
             * Creates a plain object from an IdentifyAuthorization message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {sealmatch.v1.IdentifyAuthorization} message IdentifyAuthorization
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdentifyAuthorization.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.probeHash = "";
                    else {
                        object.probeHash = [];
                        if (options.bytes !== $Array)
                            object.probeHash = $util.newBuffer(object.probeHash);
                    }
                    object.caseId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.officerKeyId = "";
                    else {
                        object.officerKeyId = [];
                        if (options.bytes !== $Array)
                            object.officerKeyId = $util.newBuffer(object.officerKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.purpose = options.enums === $String ? "IDENTIFY_PURPOSE_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.macEnvelope = "";
                    else {
                        object.macEnvelope = [];
                        if (options.bytes !== $Array)
                            object.macEnvelope = $util.newBuffer(object.macEnvelope);
                    }
                    if (options.bytes === $String)
                        object.heKeyId = "";
                    else {
                        object.heKeyId = [];
                        if (options.bytes !== $Array)
                            object.heKeyId = $util.newBuffer(object.heKeyId);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.probeHash != null && $Object.hasOwnProperty.call(message, "probeHash"))
                    object.probeHash = options.bytes === $String ? $util.base64.encode(message.probeHash, 0, message.probeHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.probeHash) : message.probeHash;
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    object.caseId = message.caseId;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId"))
                    object.officerKeyId = options.bytes === $String ? $util.base64.encode(message.officerKeyId, 0, message.officerKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.officerKeyId) : message.officerKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.purpose != null && $Object.hasOwnProperty.call(message, "purpose"))
                    object.purpose = options.enums === $String ? $root.sealmatch.v1.IdentifyPurpose[message.purpose] === $undefined ? message.purpose : $root.sealmatch.v1.IdentifyPurpose[message.purpose] : message.purpose;
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    object.macEnvelope = options.bytes === $String ? $util.base64.encode(message.macEnvelope, 0, message.macEnvelope.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.macEnvelope) : message.macEnvelope;
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    object.heKeyId = options.bytes === $String ? $util.base64.encode(message.heKeyId, 0, message.heKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.heKeyId) : message.heKeyId;
                return object;
            };

            /**
             * Converts this IdentifyAuthorization to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdentifyAuthorization.prototype.toJSON = function() {
                return IdentifyAuthorization.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdentifyAuthorization
             * @function getTypeUrl
             * @memberof sealmatch.v1.IdentifyAuthorization
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentifyAuthorization.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.IdentifyAuthorization";
            };

            return IdentifyAuthorization;
        })();

        v1.IdentifyRequest = (function() {

            /**
             * Properties of an IdentifyRequest.
             * @typedef {Object} sealmatch.v1.IdentifyRequest.$Properties
             * @property {string|null} [parameterSetId] IdentifyRequest parameterSetId
             * @property {number|null} [dim] IdentifyRequest dim
             * @property {Uint8Array|null} [probe] IdentifyRequest probe
             * @property {sealmatch.v1.IdentifyAuthorization.$Properties|null} [authorization] IdentifyRequest authorization
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentifyRequest.
             * @memberof sealmatch.v1
             * @interface IIdentifyRequest
             * @augments sealmatch.v1.IdentifyRequest.$Properties
             * @deprecated Use sealmatch.v1.IdentifyRequest.$Properties instead.
             */

            /**
             * Shape of an IdentifyRequest.
             * @typedef {sealmatch.v1.IdentifyRequest.$Properties} sealmatch.v1.IdentifyRequest.$Shape
             */

            /**
             * Constructs a new IdentifyRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents an IdentifyRequest.
             * @constructor
             * @param {sealmatch.v1.IdentifyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentifyRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentifyRequest parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.IdentifyRequest
             * @instance
             */
            IdentifyRequest.prototype.parameterSetId = "";

            /**
             * IdentifyRequest dim.
             * @member {number} dim
             * @memberof sealmatch.v1.IdentifyRequest
             * @instance
             */
            IdentifyRequest.prototype.dim = 0;

            /**
             * IdentifyRequest probe.
             * @member {Uint8Array} probe
             * @memberof sealmatch.v1.IdentifyRequest
             * @instance
             */
            IdentifyRequest.prototype.probe = $util.newBuffer([]);

            /**
             * IdentifyRequest authorization.
             * @member {sealmatch.v1.IdentifyAuthorization.$Properties|null|undefined} authorization
             * @memberof sealmatch.v1.IdentifyRequest
             * @instance
             */
            IdentifyRequest.prototype.authorization = null;

            /**
             * Creates a new IdentifyRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {sealmatch.v1.IdentifyRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.IdentifyRequest} IdentifyRequest instance
             * @type {{
             *   (properties: sealmatch.v1.IdentifyRequest.$Shape): sealmatch.v1.IdentifyRequest & sealmatch.v1.IdentifyRequest.$Shape;
             *   (properties?: sealmatch.v1.IdentifyRequest.$Properties): sealmatch.v1.IdentifyRequest;
             * }}
             */
            IdentifyRequest.create = function(properties) {
                return new IdentifyRequest(properties);
            };

            /**
             * Encodes the specified IdentifyRequest message. Does not implicitly {@link sealmatch.v1.IdentifyRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {sealmatch.v1.IdentifyRequest.$Properties} message IdentifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentifyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dim);
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe") && message.probe.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.probe);
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization"))
                    $root.sealmatch.v1.IdentifyAuthorization.encode(message.authorization, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentifyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyRequest & sealmatch.v1.IdentifyRequest.$Shape} IdentifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentifyRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.IdentifyRequest();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.probe = value;
                            else
                                delete message.probe;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.authorization = $root.sealmatch.v1.IdentifyAuthorization.decode(reader, reader.size(), $undefined, _depth + 1, message.authorization);
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
             * Verifies an IdentifyRequest message.
             * @function verify
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdentifyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    if (!(message.probe && typeof message.probe.length === "number" || $util.isString(message.probe)))
                        return "probe: buffer expected";
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization")) {
                    let error = $root.sealmatch.v1.IdentifyAuthorization.verify(message.authorization, _depth + 1);
                    if (error)
                        return "authorization." + error;
                }
                return null;
            };

            /**
             * Creates an IdentifyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.IdentifyRequest} IdentifyRequest
             */
            IdentifyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.IdentifyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.IdentifyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.IdentifyRequest();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                if (object.probe != null)
                    if (object.probe.length)
                        if (typeof object.probe === "string")
                            $util.base64.decode(object.probe, message.probe = $util.newBuffer($util.base64.length(object.probe)), 0);
                        else if (object.probe.length >= 0)
                            message.probe = object.probe;
                if (object.authorization != null) {
                    if (!$util.isObject(object.authorization))
                        throw $TypeError(".sealmatch.v1.IdentifyRequest.authorization: object expected");
                    message.authorization = $root.sealmatch.v1.IdentifyAuthorization.fromObject(object.authorization, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an IdentifyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {sealmatch.v1.IdentifyRequest} message IdentifyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdentifyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.dim = 0;
                    if (options.bytes === $String)
                        object.probe = "";
                    else {
                        object.probe = [];
                        if (options.bytes !== $Array)
                            object.probe = $util.newBuffer(object.probe);
                    }
                    object.authorization = null;
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    object.probe = options.bytes === $String ? $util.base64.encode(message.probe, 0, message.probe.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.probe) : message.probe;
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization"))
                    object.authorization = $root.sealmatch.v1.IdentifyAuthorization.toObject(message.authorization, options, _depth + 1);
                return object;
            };

            /**
             * Converts this IdentifyRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.IdentifyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdentifyRequest.prototype.toJSON = function() {
                return IdentifyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdentifyRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.IdentifyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentifyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.IdentifyRequest";
            };

            return IdentifyRequest;
        })();

        v1.BlindedBlock = (function() {

            /**
             * Properties of a BlindedBlock.
             * @typedef {Object} sealmatch.v1.BlindedBlock.$Properties
             * @property {number|null} [blockId] BlindedBlock blockId
             * @property {Uint8Array|null} [tableRoot] BlindedBlock tableRoot
             * @property {Uint8Array|null} [occupied] BlindedBlock occupied
             * @property {Uint8Array|null} [ciphertext] BlindedBlock ciphertext
             * @property {Array.<Uint8Array>|null} [tags] BlindedBlock tags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlindedBlock.
             * @memberof sealmatch.v1
             * @interface IBlindedBlock
             * @augments sealmatch.v1.BlindedBlock.$Properties
             * @deprecated Use sealmatch.v1.BlindedBlock.$Properties instead.
             */

            /**
             * Shape of a BlindedBlock.
             * @typedef {sealmatch.v1.BlindedBlock.$Properties} sealmatch.v1.BlindedBlock.$Shape
             */

            /**
             * Constructs a new BlindedBlock.
             * @memberof sealmatch.v1
             * @classdesc Represents a BlindedBlock.
             * @constructor
             * @param {sealmatch.v1.BlindedBlock.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlindedBlock = function (properties) {
                this.tags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlindedBlock blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             */
            BlindedBlock.prototype.blockId = 0;

            /**
             * BlindedBlock tableRoot.
             * @member {Uint8Array} tableRoot
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             */
            BlindedBlock.prototype.tableRoot = $util.newBuffer([]);

            /**
             * BlindedBlock occupied.
             * @member {Uint8Array} occupied
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             */
            BlindedBlock.prototype.occupied = $util.newBuffer([]);

            /**
             * BlindedBlock ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             */
            BlindedBlock.prototype.ciphertext = $util.newBuffer([]);

            /**
             * BlindedBlock tags.
             * @member {Array.<Uint8Array>} tags
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             */
            BlindedBlock.prototype.tags = $util.emptyArray;

            /**
             * Creates a new BlindedBlock instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {sealmatch.v1.BlindedBlock.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.BlindedBlock} BlindedBlock instance
             * @type {{
             *   (properties: sealmatch.v1.BlindedBlock.$Shape): sealmatch.v1.BlindedBlock & sealmatch.v1.BlindedBlock.$Shape;
             *   (properties?: sealmatch.v1.BlindedBlock.$Properties): sealmatch.v1.BlindedBlock;
             * }}
             */
            BlindedBlock.create = function(properties) {
                return new BlindedBlock(properties);
            };

            /**
             * Encodes the specified BlindedBlock message. Does not implicitly {@link sealmatch.v1.BlindedBlock.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {sealmatch.v1.BlindedBlock.$Properties} message BlindedBlock message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlindedBlock.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.blockId);
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot") && message.tableRoot.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tableRoot);
                if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied") && message.occupied.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.occupied);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                if (message.tags != null && message.tags.length)
                    for (let i = 0; i < message.tags.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.tags[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlindedBlock message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedBlock & sealmatch.v1.BlindedBlock.$Shape} BlindedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlindedBlock.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.BlindedBlock();
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
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tableRoot = value;
                            else
                                delete message.tableRoot;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.occupied = value;
                            else
                                delete message.occupied;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tags && message.tags.length))
                                message.tags = [];
                            message.tags.push(reader.bytes());
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
             * Verifies a BlindedBlock message.
             * @function verify
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlindedBlock.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot"))
                    if (!(message.tableRoot && typeof message.tableRoot.length === "number" || $util.isString(message.tableRoot)))
                        return "tableRoot: buffer expected";
                if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied"))
                    if (!(message.occupied && typeof message.occupied.length === "number" || $util.isString(message.occupied)))
                        return "occupied: buffer expected";
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    if (!(message.ciphertext && typeof message.ciphertext.length === "number" || $util.isString(message.ciphertext)))
                        return "ciphertext: buffer expected";
                if (message.tags != null && $Object.hasOwnProperty.call(message, "tags")) {
                    if (!$Array.isArray(message.tags))
                        return "tags: array expected";
                    for (let i = 0; i < message.tags.length; ++i)
                        if (!(message.tags[i] && typeof message.tags[i].length === "number" || $util.isString(message.tags[i])))
                            return "tags: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates a BlindedBlock message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.BlindedBlock} BlindedBlock
             */
            BlindedBlock.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.BlindedBlock)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.BlindedBlock: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.BlindedBlock();
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.tableRoot != null)
                    if (object.tableRoot.length)
                        if (typeof object.tableRoot === "string")
                            $util.base64.decode(object.tableRoot, message.tableRoot = $util.newBuffer($util.base64.length(object.tableRoot)), 0);
                        else if (object.tableRoot.length >= 0)
                            message.tableRoot = object.tableRoot;
                if (object.occupied != null)
                    if (object.occupied.length)
                        if (typeof object.occupied === "string")
                            $util.base64.decode(object.occupied, message.occupied = $util.newBuffer($util.base64.length(object.occupied)), 0);
                        else if (object.occupied.length >= 0)
                            message.occupied = object.occupied;
                if (object.ciphertext != null)
                    if (object.ciphertext.length)
                        if (typeof object.ciphertext === "string")
                            $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                        else if (object.ciphertext.length >= 0)
                            message.ciphertext = object.ciphertext;
                if (object.tags) {
                    if (!$Array.isArray(object.tags))
                        throw $TypeError(".sealmatch.v1.BlindedBlock.tags: array expected");
                    message.tags = $Array(object.tags.length);
                    for (let i = 0; i < object.tags.length; ++i)
                        if (typeof object.tags[i] === "string")
                            $util.base64.decode(object.tags[i], message.tags[i] = $util.newBuffer($util.base64.length(object.tags[i])), 0);
                        else if (object.tags[i].length >= 0)
                            message.tags[i] = object.tags[i];
                }
                return message;
            };

            /**
             * Creates a plain object from a BlindedBlock message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {sealmatch.v1.BlindedBlock} message BlindedBlock
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlindedBlock.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tags = [];
                if (options.defaults) {
                    object.blockId = 0;
                    if (options.bytes === $String)
                        object.tableRoot = "";
                    else {
                        object.tableRoot = [];
                        if (options.bytes !== $Array)
                            object.tableRoot = $util.newBuffer(object.tableRoot);
                    }
                    if (options.bytes === $String)
                        object.occupied = "";
                    else {
                        object.occupied = [];
                        if (options.bytes !== $Array)
                            object.occupied = $util.newBuffer(object.occupied);
                    }
                    if (options.bytes === $String)
                        object.ciphertext = "";
                    else {
                        object.ciphertext = [];
                        if (options.bytes !== $Array)
                            object.ciphertext = $util.newBuffer(object.ciphertext);
                    }
                }
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot"))
                    object.tableRoot = options.bytes === $String ? $util.base64.encode(message.tableRoot, 0, message.tableRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tableRoot) : message.tableRoot;
                if (message.occupied != null && $Object.hasOwnProperty.call(message, "occupied"))
                    object.occupied = options.bytes === $String ? $util.base64.encode(message.occupied, 0, message.occupied.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.occupied) : message.occupied;
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                if (message.tags && message.tags.length) {
                    object.tags = $Array(message.tags.length);
                    for (let j = 0; j < message.tags.length; ++j)
                        object.tags[j] = options.bytes === $String ? $util.base64.encode(message.tags[j], 0, message.tags[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tags[j]) : message.tags[j];
                }
                return object;
            };

            /**
             * Converts this BlindedBlock to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.BlindedBlock
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlindedBlock.prototype.toJSON = function() {
                return BlindedBlock.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlindedBlock
             * @function getTypeUrl
             * @memberof sealmatch.v1.BlindedBlock
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlindedBlock.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.BlindedBlock";
            };

            return BlindedBlock;
        })();

        v1.BlindedIdentifyResult = (function() {

            /**
             * Properties of a BlindedIdentifyResult.
             * @typedef {Object} sealmatch.v1.BlindedIdentifyResult.$Properties
             * @property {string|null} [parameterSetId] BlindedIdentifyResult parameterSetId
             * @property {Uint8Array|null} [requestHash] BlindedIdentifyResult requestHash
             * @property {Array.<sealmatch.v1.BlindedBlock.$Properties>|null} [blocks] BlindedIdentifyResult blocks
             * @property {sealmatch.v1.IdentifyAuthorization.$Properties|null} [authorization] BlindedIdentifyResult authorization
             * @property {number|null} [dim] BlindedIdentifyResult dim
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlindedIdentifyResult.
             * @memberof sealmatch.v1
             * @interface IBlindedIdentifyResult
             * @augments sealmatch.v1.BlindedIdentifyResult.$Properties
             * @deprecated Use sealmatch.v1.BlindedIdentifyResult.$Properties instead.
             */

            /**
             * Shape of a BlindedIdentifyResult.
             * @typedef {sealmatch.v1.BlindedIdentifyResult.$Properties} sealmatch.v1.BlindedIdentifyResult.$Shape
             */

            /**
             * Constructs a new BlindedIdentifyResult.
             * @memberof sealmatch.v1
             * @classdesc Represents a BlindedIdentifyResult.
             * @constructor
             * @param {sealmatch.v1.BlindedIdentifyResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlindedIdentifyResult = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlindedIdentifyResult parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             */
            BlindedIdentifyResult.prototype.parameterSetId = "";

            /**
             * BlindedIdentifyResult requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             */
            BlindedIdentifyResult.prototype.requestHash = $util.newBuffer([]);

            /**
             * BlindedIdentifyResult blocks.
             * @member {Array.<sealmatch.v1.BlindedBlock.$Properties>} blocks
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             */
            BlindedIdentifyResult.prototype.blocks = $util.emptyArray;

            /**
             * BlindedIdentifyResult authorization.
             * @member {sealmatch.v1.IdentifyAuthorization.$Properties|null|undefined} authorization
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             */
            BlindedIdentifyResult.prototype.authorization = null;

            /**
             * BlindedIdentifyResult dim.
             * @member {number} dim
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             */
            BlindedIdentifyResult.prototype.dim = 0;

            /**
             * Creates a new BlindedIdentifyResult instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {sealmatch.v1.BlindedIdentifyResult.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.BlindedIdentifyResult} BlindedIdentifyResult instance
             * @type {{
             *   (properties: sealmatch.v1.BlindedIdentifyResult.$Shape): sealmatch.v1.BlindedIdentifyResult & sealmatch.v1.BlindedIdentifyResult.$Shape;
             *   (properties?: sealmatch.v1.BlindedIdentifyResult.$Properties): sealmatch.v1.BlindedIdentifyResult;
             * }}
             */
            BlindedIdentifyResult.create = function(properties) {
                return new BlindedIdentifyResult(properties);
            };

            /**
             * Encodes the specified BlindedIdentifyResult message. Does not implicitly {@link sealmatch.v1.BlindedIdentifyResult.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {sealmatch.v1.BlindedIdentifyResult.$Properties} message BlindedIdentifyResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlindedIdentifyResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestHash);
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.sealmatch.v1.BlindedBlock.encode(message.blocks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization"))
                    $root.sealmatch.v1.IdentifyAuthorization.encode(message.authorization, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.dim);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlindedIdentifyResult message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedIdentifyResult & sealmatch.v1.BlindedIdentifyResult.$Shape} BlindedIdentifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlindedIdentifyResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.BlindedIdentifyResult();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.sealmatch.v1.BlindedBlock.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.authorization = $root.sealmatch.v1.IdentifyAuthorization.decode(reader, reader.size(), $undefined, _depth + 1, message.authorization);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
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
             * Verifies a BlindedIdentifyResult message.
             * @function verify
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlindedIdentifyResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks")) {
                    if (!$Array.isArray(message.blocks))
                        return "blocks: array expected";
                    for (let i = 0; i < message.blocks.length; ++i) {
                        let error = $root.sealmatch.v1.BlindedBlock.verify(message.blocks[i], _depth + 1);
                        if (error)
                            return "blocks." + error;
                    }
                }
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization")) {
                    let error = $root.sealmatch.v1.IdentifyAuthorization.verify(message.authorization, _depth + 1);
                    if (error)
                        return "authorization." + error;
                }
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                return null;
            };

            /**
             * Creates a BlindedIdentifyResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.BlindedIdentifyResult} BlindedIdentifyResult
             */
            BlindedIdentifyResult.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.BlindedIdentifyResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.BlindedIdentifyResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.BlindedIdentifyResult();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".sealmatch.v1.BlindedIdentifyResult.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i) {
                        if (!$util.isObject(object.blocks[i]))
                            throw $TypeError(".sealmatch.v1.BlindedIdentifyResult.blocks: object expected");
                        message.blocks[i] = $root.sealmatch.v1.BlindedBlock.fromObject(object.blocks[i], _depth + 1);
                    }
                }
                if (object.authorization != null) {
                    if (!$util.isObject(object.authorization))
                        throw $TypeError(".sealmatch.v1.BlindedIdentifyResult.authorization: object expected");
                    message.authorization = $root.sealmatch.v1.IdentifyAuthorization.fromObject(object.authorization, _depth + 1);
                }
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BlindedIdentifyResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {sealmatch.v1.BlindedIdentifyResult} message BlindedIdentifyResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlindedIdentifyResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    object.authorization = null;
                    object.dim = 0;
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = $root.sealmatch.v1.BlindedBlock.toObject(message.blocks[j], options, _depth + 1);
                }
                if (message.authorization != null && $Object.hasOwnProperty.call(message, "authorization"))
                    object.authorization = $root.sealmatch.v1.IdentifyAuthorization.toObject(message.authorization, options, _depth + 1);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                return object;
            };

            /**
             * Converts this BlindedIdentifyResult to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlindedIdentifyResult.prototype.toJSON = function() {
                return BlindedIdentifyResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlindedIdentifyResult
             * @function getTypeUrl
             * @memberof sealmatch.v1.BlindedIdentifyResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlindedIdentifyResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.BlindedIdentifyResult";
            };

            return BlindedIdentifyResult;
        })();

        v1.BlockDecision = (function() {

            /**
             * Properties of a BlockDecision.
             * @typedef {Object} sealmatch.v1.BlockDecision.$Properties
             * @property {number|null} [blockId] BlockDecision blockId
             * @property {Uint8Array|null} [tableRoot] BlockDecision tableRoot
             * @property {Array.<number>|null} [matchingSlots] BlockDecision matchingSlots
             * @property {Array.<string>|null} [matchingSubjects] BlockDecision matchingSubjects
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockDecision.
             * @memberof sealmatch.v1
             * @interface IBlockDecision
             * @augments sealmatch.v1.BlockDecision.$Properties
             * @deprecated Use sealmatch.v1.BlockDecision.$Properties instead.
             */

            /**
             * Shape of a BlockDecision.
             * @typedef {sealmatch.v1.BlockDecision.$Properties} sealmatch.v1.BlockDecision.$Shape
             */

            /**
             * Constructs a new BlockDecision.
             * @memberof sealmatch.v1
             * @classdesc Represents a BlockDecision.
             * @constructor
             * @param {sealmatch.v1.BlockDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockDecision = function (properties) {
                this.matchingSlots = [];
                this.matchingSubjects = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockDecision blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.BlockDecision
             * @instance
             */
            BlockDecision.prototype.blockId = 0;

            /**
             * BlockDecision tableRoot.
             * @member {Uint8Array} tableRoot
             * @memberof sealmatch.v1.BlockDecision
             * @instance
             */
            BlockDecision.prototype.tableRoot = $util.newBuffer([]);

            /**
             * BlockDecision matchingSlots.
             * @member {Array.<number>} matchingSlots
             * @memberof sealmatch.v1.BlockDecision
             * @instance
             */
            BlockDecision.prototype.matchingSlots = $util.emptyArray;

            /**
             * BlockDecision matchingSubjects.
             * @member {Array.<string>} matchingSubjects
             * @memberof sealmatch.v1.BlockDecision
             * @instance
             */
            BlockDecision.prototype.matchingSubjects = $util.emptyArray;

            /**
             * Creates a new BlockDecision instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {sealmatch.v1.BlockDecision.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.BlockDecision} BlockDecision instance
             * @type {{
             *   (properties: sealmatch.v1.BlockDecision.$Shape): sealmatch.v1.BlockDecision & sealmatch.v1.BlockDecision.$Shape;
             *   (properties?: sealmatch.v1.BlockDecision.$Properties): sealmatch.v1.BlockDecision;
             * }}
             */
            BlockDecision.create = function(properties) {
                return new BlockDecision(properties);
            };

            /**
             * Encodes the specified BlockDecision message. Does not implicitly {@link sealmatch.v1.BlockDecision.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {sealmatch.v1.BlockDecision.$Properties} message BlockDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.blockId);
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot") && message.tableRoot.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tableRoot);
                if (message.matchingSlots != null && message.matchingSlots.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.matchingSlots);
                if (message.matchingSubjects != null && message.matchingSubjects.length)
                    for (let i = 0; i < message.matchingSubjects.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.matchingSubjects[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockDecision message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlockDecision & sealmatch.v1.BlockDecision.$Shape} BlockDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockDecision.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.BlockDecision();
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
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tableRoot = value;
                            else
                                delete message.tableRoot;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.matchingSlots && message.matchingSlots.length))
                                    message.matchingSlots = [];
                                reader.uint32s(message.matchingSlots);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.matchingSlots && message.matchingSlots.length))
                                message.matchingSlots = [];
                            message.matchingSlots.push(reader.uint32());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matchingSubjects && message.matchingSubjects.length))
                                message.matchingSubjects = [];
                            message.matchingSubjects.push(reader.stringVerify());
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
             * Verifies a BlockDecision message.
             * @function verify
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlockDecision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot"))
                    if (!(message.tableRoot && typeof message.tableRoot.length === "number" || $util.isString(message.tableRoot)))
                        return "tableRoot: buffer expected";
                if (message.matchingSlots != null && $Object.hasOwnProperty.call(message, "matchingSlots")) {
                    if (!$Array.isArray(message.matchingSlots))
                        return "matchingSlots: array expected";
                    for (let i = 0; i < message.matchingSlots.length; ++i)
                        if (!$util.isInteger(message.matchingSlots[i]))
                            return "matchingSlots: integer[] expected";
                }
                if (message.matchingSubjects != null && $Object.hasOwnProperty.call(message, "matchingSubjects")) {
                    if (!$Array.isArray(message.matchingSubjects))
                        return "matchingSubjects: array expected";
                    for (let i = 0; i < message.matchingSubjects.length; ++i)
                        if (!$util.isString(message.matchingSubjects[i]))
                            return "matchingSubjects: string[] expected";
                }
                return null;
            };

            /**
             * Creates a BlockDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.BlockDecision} BlockDecision
             */
            BlockDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.BlockDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.BlockDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.BlockDecision();
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.tableRoot != null)
                    if (object.tableRoot.length)
                        if (typeof object.tableRoot === "string")
                            $util.base64.decode(object.tableRoot, message.tableRoot = $util.newBuffer($util.base64.length(object.tableRoot)), 0);
                        else if (object.tableRoot.length >= 0)
                            message.tableRoot = object.tableRoot;
                if (object.matchingSlots) {
                    if (!$Array.isArray(object.matchingSlots))
                        throw $TypeError(".sealmatch.v1.BlockDecision.matchingSlots: array expected");
                    message.matchingSlots = $Array(object.matchingSlots.length);
                    for (let i = 0; i < object.matchingSlots.length; ++i)
                        message.matchingSlots[i] = object.matchingSlots[i] >>> 0;
                }
                if (object.matchingSubjects) {
                    if (!$Array.isArray(object.matchingSubjects))
                        throw $TypeError(".sealmatch.v1.BlockDecision.matchingSubjects: array expected");
                    message.matchingSubjects = $Array(object.matchingSubjects.length);
                    for (let i = 0; i < object.matchingSubjects.length; ++i)
                        message.matchingSubjects[i] = $String(object.matchingSubjects[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a BlockDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {sealmatch.v1.BlockDecision} message BlockDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.matchingSlots = [];
                    object.matchingSubjects = [];
                }
                if (options.defaults) {
                    object.blockId = 0;
                    if (options.bytes === $String)
                        object.tableRoot = "";
                    else {
                        object.tableRoot = [];
                        if (options.bytes !== $Array)
                            object.tableRoot = $util.newBuffer(object.tableRoot);
                    }
                }
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.tableRoot != null && $Object.hasOwnProperty.call(message, "tableRoot"))
                    object.tableRoot = options.bytes === $String ? $util.base64.encode(message.tableRoot, 0, message.tableRoot.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tableRoot) : message.tableRoot;
                if (message.matchingSlots && message.matchingSlots.length) {
                    object.matchingSlots = $Array(message.matchingSlots.length);
                    for (let j = 0; j < message.matchingSlots.length; ++j)
                        object.matchingSlots[j] = message.matchingSlots[j];
                }
                if (message.matchingSubjects && message.matchingSubjects.length) {
                    object.matchingSubjects = $Array(message.matchingSubjects.length);
                    for (let j = 0; j < message.matchingSubjects.length; ++j)
                        object.matchingSubjects[j] = message.matchingSubjects[j];
                }
                return object;
            };

            /**
             * Converts this BlockDecision to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.BlockDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockDecision.prototype.toJSON = function() {
                return BlockDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlockDecision
             * @function getTypeUrl
             * @memberof sealmatch.v1.BlockDecision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlockDecision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.BlockDecision";
            };

            return BlockDecision;
        })();

        v1.SignedIdentifyDecision = (function() {

            /**
             * Properties of a SignedIdentifyDecision.
             * @typedef {Object} sealmatch.v1.SignedIdentifyDecision.$Properties
             * @property {string|null} [parameterSetId] SignedIdentifyDecision parameterSetId
             * @property {Uint8Array|null} [requestHash] SignedIdentifyDecision requestHash
             * @property {Array.<sealmatch.v1.BlockDecision.$Properties>|null} [blocks] SignedIdentifyDecision blocks
             * @property {number|null} [issuedAtMs] SignedIdentifyDecision issuedAtMs
             * @property {Uint8Array|null} [custodianKeyId] SignedIdentifyDecision custodianKeyId
             * @property {Uint8Array|null} [signature] SignedIdentifyDecision signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedIdentifyDecision.
             * @memberof sealmatch.v1
             * @interface ISignedIdentifyDecision
             * @augments sealmatch.v1.SignedIdentifyDecision.$Properties
             * @deprecated Use sealmatch.v1.SignedIdentifyDecision.$Properties instead.
             */

            /**
             * Shape of a SignedIdentifyDecision.
             * @typedef {sealmatch.v1.SignedIdentifyDecision.$Properties} sealmatch.v1.SignedIdentifyDecision.$Shape
             */

            /**
             * Constructs a new SignedIdentifyDecision.
             * @memberof sealmatch.v1
             * @classdesc Represents a SignedIdentifyDecision.
             * @constructor
             * @param {sealmatch.v1.SignedIdentifyDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedIdentifyDecision = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedIdentifyDecision parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.parameterSetId = "";

            /**
             * SignedIdentifyDecision requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.requestHash = $util.newBuffer([]);

            /**
             * SignedIdentifyDecision blocks.
             * @member {Array.<sealmatch.v1.BlockDecision.$Properties>} blocks
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.blocks = $util.emptyArray;

            /**
             * SignedIdentifyDecision issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SignedIdentifyDecision custodianKeyId.
             * @member {Uint8Array} custodianKeyId
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.custodianKeyId = $util.newBuffer([]);

            /**
             * SignedIdentifyDecision signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             */
            SignedIdentifyDecision.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedIdentifyDecision instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {sealmatch.v1.SignedIdentifyDecision.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SignedIdentifyDecision} SignedIdentifyDecision instance
             * @type {{
             *   (properties: sealmatch.v1.SignedIdentifyDecision.$Shape): sealmatch.v1.SignedIdentifyDecision & sealmatch.v1.SignedIdentifyDecision.$Shape;
             *   (properties?: sealmatch.v1.SignedIdentifyDecision.$Properties): sealmatch.v1.SignedIdentifyDecision;
             * }}
             */
            SignedIdentifyDecision.create = function(properties) {
                return new SignedIdentifyDecision(properties);
            };

            /**
             * Encodes the specified SignedIdentifyDecision message. Does not implicitly {@link sealmatch.v1.SignedIdentifyDecision.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {sealmatch.v1.SignedIdentifyDecision.$Properties} message SignedIdentifyDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedIdentifyDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestHash);
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.sealmatch.v1.BlockDecision.encode(message.blocks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.issuedAtMs);
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId") && message.custodianKeyId.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.custodianKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedIdentifyDecision message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedIdentifyDecision & sealmatch.v1.SignedIdentifyDecision.$Shape} SignedIdentifyDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedIdentifyDecision.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SignedIdentifyDecision();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.sealmatch.v1.BlockDecision.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.custodianKeyId = value;
                            else
                                delete message.custodianKeyId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Verifies a SignedIdentifyDecision message.
             * @function verify
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedIdentifyDecision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks")) {
                    if (!$Array.isArray(message.blocks))
                        return "blocks: array expected";
                    for (let i = 0; i < message.blocks.length; ++i) {
                        let error = $root.sealmatch.v1.BlockDecision.verify(message.blocks[i], _depth + 1);
                        if (error)
                            return "blocks." + error;
                    }
                }
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    if (!(message.custodianKeyId && typeof message.custodianKeyId.length === "number" || $util.isString(message.custodianKeyId)))
                        return "custodianKeyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedIdentifyDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SignedIdentifyDecision} SignedIdentifyDecision
             */
            SignedIdentifyDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SignedIdentifyDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SignedIdentifyDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SignedIdentifyDecision();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".sealmatch.v1.SignedIdentifyDecision.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i) {
                        if (!$util.isObject(object.blocks[i]))
                            throw $TypeError(".sealmatch.v1.SignedIdentifyDecision.blocks: object expected");
                        message.blocks[i] = $root.sealmatch.v1.BlockDecision.fromObject(object.blocks[i], _depth + 1);
                    }
                }
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.custodianKeyId != null)
                    if (object.custodianKeyId.length)
                        if (typeof object.custodianKeyId === "string")
                            $util.base64.decode(object.custodianKeyId, message.custodianKeyId = $util.newBuffer($util.base64.length(object.custodianKeyId)), 0);
                        else if (object.custodianKeyId.length >= 0)
                            message.custodianKeyId = object.custodianKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedIdentifyDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {sealmatch.v1.SignedIdentifyDecision} message SignedIdentifyDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedIdentifyDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.custodianKeyId = "";
                    else {
                        object.custodianKeyId = [];
                        if (options.bytes !== $Array)
                            object.custodianKeyId = $util.newBuffer(object.custodianKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = $root.sealmatch.v1.BlockDecision.toObject(message.blocks[j], options, _depth + 1);
                }
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    object.custodianKeyId = options.bytes === $String ? $util.base64.encode(message.custodianKeyId, 0, message.custodianKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.custodianKeyId) : message.custodianKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SignedIdentifyDecision to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedIdentifyDecision.prototype.toJSON = function() {
                return SignedIdentifyDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedIdentifyDecision
             * @function getTypeUrl
             * @memberof sealmatch.v1.SignedIdentifyDecision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedIdentifyDecision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SignedIdentifyDecision";
            };

            return SignedIdentifyDecision;
        })();

        v1.IdentifyMatch = (function() {

            /**
             * Properties of an IdentifyMatch.
             * @typedef {Object} sealmatch.v1.IdentifyMatch.$Properties
             * @property {number|null} [blockId] IdentifyMatch blockId
             * @property {number|null} [slot] IdentifyMatch slot
             * @property {string|null} [subjectRef] IdentifyMatch subjectRef
             * @property {Array.<Uint8Array>|null} [proof] IdentifyMatch proof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentifyMatch.
             * @memberof sealmatch.v1
             * @interface IIdentifyMatch
             * @augments sealmatch.v1.IdentifyMatch.$Properties
             * @deprecated Use sealmatch.v1.IdentifyMatch.$Properties instead.
             */

            /**
             * Shape of an IdentifyMatch.
             * @typedef {sealmatch.v1.IdentifyMatch.$Properties} sealmatch.v1.IdentifyMatch.$Shape
             */

            /**
             * Constructs a new IdentifyMatch.
             * @memberof sealmatch.v1
             * @classdesc Represents an IdentifyMatch.
             * @constructor
             * @param {sealmatch.v1.IdentifyMatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentifyMatch = function (properties) {
                this.proof = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentifyMatch blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.IdentifyMatch
             * @instance
             */
            IdentifyMatch.prototype.blockId = 0;

            /**
             * IdentifyMatch slot.
             * @member {number} slot
             * @memberof sealmatch.v1.IdentifyMatch
             * @instance
             */
            IdentifyMatch.prototype.slot = 0;

            /**
             * IdentifyMatch subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.IdentifyMatch
             * @instance
             */
            IdentifyMatch.prototype.subjectRef = "";

            /**
             * IdentifyMatch proof.
             * @member {Array.<Uint8Array>} proof
             * @memberof sealmatch.v1.IdentifyMatch
             * @instance
             */
            IdentifyMatch.prototype.proof = $util.emptyArray;

            /**
             * Creates a new IdentifyMatch instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {sealmatch.v1.IdentifyMatch.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.IdentifyMatch} IdentifyMatch instance
             * @type {{
             *   (properties: sealmatch.v1.IdentifyMatch.$Shape): sealmatch.v1.IdentifyMatch & sealmatch.v1.IdentifyMatch.$Shape;
             *   (properties?: sealmatch.v1.IdentifyMatch.$Properties): sealmatch.v1.IdentifyMatch;
             * }}
             */
            IdentifyMatch.create = function(properties) {
                return new IdentifyMatch(properties);
            };

            /**
             * Encodes the specified IdentifyMatch message. Does not implicitly {@link sealmatch.v1.IdentifyMatch.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {sealmatch.v1.IdentifyMatch.$Properties} message IdentifyMatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentifyMatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.blockId);
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.slot);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.subjectRef);
                if (message.proof != null && message.proof.length)
                    for (let i = 0; i < message.proof.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.proof[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentifyMatch message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyMatch & sealmatch.v1.IdentifyMatch.$Shape} IdentifyMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentifyMatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.IdentifyMatch();
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
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.proof && message.proof.length))
                                message.proof = [];
                            message.proof.push(reader.bytes());
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
             * Verifies an IdentifyMatch message.
             * @function verify
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdentifyMatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isInteger(message.slot))
                        return "slot: integer expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.proof != null && $Object.hasOwnProperty.call(message, "proof")) {
                    if (!$Array.isArray(message.proof))
                        return "proof: array expected";
                    for (let i = 0; i < message.proof.length; ++i)
                        if (!(message.proof[i] && typeof message.proof[i].length === "number" || $util.isString(message.proof[i])))
                            return "proof: buffer[] expected";
                }
                return null;
            };

            /**
             * Creates an IdentifyMatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.IdentifyMatch} IdentifyMatch
             */
            IdentifyMatch.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.IdentifyMatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.IdentifyMatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.IdentifyMatch();
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.slot != null)
                    if ($Number(object.slot) !== 0)
                        message.slot = object.slot >>> 0;
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.proof) {
                    if (!$Array.isArray(object.proof))
                        throw $TypeError(".sealmatch.v1.IdentifyMatch.proof: array expected");
                    message.proof = $Array(object.proof.length);
                    for (let i = 0; i < object.proof.length; ++i)
                        if (typeof object.proof[i] === "string")
                            $util.base64.decode(object.proof[i], message.proof[i] = $util.newBuffer($util.base64.length(object.proof[i])), 0);
                        else if (object.proof[i].length >= 0)
                            message.proof[i] = object.proof[i];
                }
                return message;
            };

            /**
             * Creates a plain object from an IdentifyMatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {sealmatch.v1.IdentifyMatch} message IdentifyMatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdentifyMatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.proof = [];
                if (options.defaults) {
                    object.blockId = 0;
                    object.slot = 0;
                    object.subjectRef = "";
                }
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.proof && message.proof.length) {
                    object.proof = $Array(message.proof.length);
                    for (let j = 0; j < message.proof.length; ++j)
                        object.proof[j] = options.bytes === $String ? $util.base64.encode(message.proof[j], 0, message.proof[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.proof[j]) : message.proof[j];
                }
                return object;
            };

            /**
             * Converts this IdentifyMatch to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.IdentifyMatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdentifyMatch.prototype.toJSON = function() {
                return IdentifyMatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdentifyMatch
             * @function getTypeUrl
             * @memberof sealmatch.v1.IdentifyMatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentifyMatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.IdentifyMatch";
            };

            return IdentifyMatch;
        })();

        v1.IdentifyResponse = (function() {

            /**
             * Properties of an IdentifyResponse.
             * @typedef {Object} sealmatch.v1.IdentifyResponse.$Properties
             * @property {sealmatch.v1.SignedIdentifyDecision.$Properties|null} [decision] IdentifyResponse decision
             * @property {Array.<sealmatch.v1.IdentifyMatch.$Properties>|null} [matches] IdentifyResponse matches
             * @property {number|null} [slotsPerBlock] IdentifyResponse slotsPerBlock
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an IdentifyResponse.
             * @memberof sealmatch.v1
             * @interface IIdentifyResponse
             * @augments sealmatch.v1.IdentifyResponse.$Properties
             * @deprecated Use sealmatch.v1.IdentifyResponse.$Properties instead.
             */

            /**
             * Shape of an IdentifyResponse.
             * @typedef {sealmatch.v1.IdentifyResponse.$Properties} sealmatch.v1.IdentifyResponse.$Shape
             */

            /**
             * Constructs a new IdentifyResponse.
             * @memberof sealmatch.v1
             * @classdesc Represents an IdentifyResponse.
             * @constructor
             * @param {sealmatch.v1.IdentifyResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const IdentifyResponse = function (properties) {
                this.matches = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * IdentifyResponse decision.
             * @member {sealmatch.v1.SignedIdentifyDecision.$Properties|null|undefined} decision
             * @memberof sealmatch.v1.IdentifyResponse
             * @instance
             */
            IdentifyResponse.prototype.decision = null;

            /**
             * IdentifyResponse matches.
             * @member {Array.<sealmatch.v1.IdentifyMatch.$Properties>} matches
             * @memberof sealmatch.v1.IdentifyResponse
             * @instance
             */
            IdentifyResponse.prototype.matches = $util.emptyArray;

            /**
             * IdentifyResponse slotsPerBlock.
             * @member {number} slotsPerBlock
             * @memberof sealmatch.v1.IdentifyResponse
             * @instance
             */
            IdentifyResponse.prototype.slotsPerBlock = 0;

            /**
             * Creates a new IdentifyResponse instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {sealmatch.v1.IdentifyResponse.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.IdentifyResponse} IdentifyResponse instance
             * @type {{
             *   (properties: sealmatch.v1.IdentifyResponse.$Shape): sealmatch.v1.IdentifyResponse & sealmatch.v1.IdentifyResponse.$Shape;
             *   (properties?: sealmatch.v1.IdentifyResponse.$Properties): sealmatch.v1.IdentifyResponse;
             * }}
             */
            IdentifyResponse.create = function(properties) {
                return new IdentifyResponse(properties);
            };

            /**
             * Encodes the specified IdentifyResponse message. Does not implicitly {@link sealmatch.v1.IdentifyResponse.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {sealmatch.v1.IdentifyResponse.$Properties} message IdentifyResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            IdentifyResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    $root.sealmatch.v1.SignedIdentifyDecision.encode(message.decision, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.matches != null && message.matches.length)
                    for (let i = 0; i < message.matches.length; ++i)
                        $root.sealmatch.v1.IdentifyMatch.encode(message.matches[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.slotsPerBlock != null && $Object.hasOwnProperty.call(message, "slotsPerBlock") && message.slotsPerBlock !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.slotsPerBlock);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an IdentifyResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyResponse & sealmatch.v1.IdentifyResponse.$Shape} IdentifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            IdentifyResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.IdentifyResponse();
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
                            message.decision = $root.sealmatch.v1.SignedIdentifyDecision.decode(reader, reader.size(), $undefined, _depth + 1, message.decision);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.matches && message.matches.length))
                                message.matches = [];
                            message.matches.push($root.sealmatch.v1.IdentifyMatch.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotsPerBlock = value;
                            else
                                delete message.slotsPerBlock;
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
             * Verifies an IdentifyResponse message.
             * @function verify
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            IdentifyResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision")) {
                    let error = $root.sealmatch.v1.SignedIdentifyDecision.verify(message.decision, _depth + 1);
                    if (error)
                        return "decision." + error;
                }
                if (message.matches != null && $Object.hasOwnProperty.call(message, "matches")) {
                    if (!$Array.isArray(message.matches))
                        return "matches: array expected";
                    for (let i = 0; i < message.matches.length; ++i) {
                        let error = $root.sealmatch.v1.IdentifyMatch.verify(message.matches[i], _depth + 1);
                        if (error)
                            return "matches." + error;
                    }
                }
                if (message.slotsPerBlock != null && $Object.hasOwnProperty.call(message, "slotsPerBlock"))
                    if (!$util.isInteger(message.slotsPerBlock))
                        return "slotsPerBlock: integer expected";
                return null;
            };

            /**
             * Creates an IdentifyResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.IdentifyResponse} IdentifyResponse
             */
            IdentifyResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.IdentifyResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.IdentifyResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.IdentifyResponse();
                if (object.decision != null) {
                    if (!$util.isObject(object.decision))
                        throw $TypeError(".sealmatch.v1.IdentifyResponse.decision: object expected");
                    message.decision = $root.sealmatch.v1.SignedIdentifyDecision.fromObject(object.decision, _depth + 1);
                }
                if (object.matches) {
                    if (!$Array.isArray(object.matches))
                        throw $TypeError(".sealmatch.v1.IdentifyResponse.matches: array expected");
                    message.matches = $Array(object.matches.length);
                    for (let i = 0; i < object.matches.length; ++i) {
                        if (!$util.isObject(object.matches[i]))
                            throw $TypeError(".sealmatch.v1.IdentifyResponse.matches: object expected");
                        message.matches[i] = $root.sealmatch.v1.IdentifyMatch.fromObject(object.matches[i], _depth + 1);
                    }
                }
                if (object.slotsPerBlock != null)
                    if ($Number(object.slotsPerBlock) !== 0)
                        message.slotsPerBlock = object.slotsPerBlock >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an IdentifyResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {sealmatch.v1.IdentifyResponse} message IdentifyResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            IdentifyResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.matches = [];
                if (options.defaults) {
                    object.decision = null;
                    object.slotsPerBlock = 0;
                }
                if (message.decision != null && $Object.hasOwnProperty.call(message, "decision"))
                    object.decision = $root.sealmatch.v1.SignedIdentifyDecision.toObject(message.decision, options, _depth + 1);
                if (message.matches && message.matches.length) {
                    object.matches = $Array(message.matches.length);
                    for (let j = 0; j < message.matches.length; ++j)
                        object.matches[j] = $root.sealmatch.v1.IdentifyMatch.toObject(message.matches[j], options, _depth + 1);
                }
                if (message.slotsPerBlock != null && $Object.hasOwnProperty.call(message, "slotsPerBlock"))
                    object.slotsPerBlock = message.slotsPerBlock;
                return object;
            };

            /**
             * Converts this IdentifyResponse to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.IdentifyResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            IdentifyResponse.prototype.toJSON = function() {
                return IdentifyResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for IdentifyResponse
             * @function getTypeUrl
             * @memberof sealmatch.v1.IdentifyResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            IdentifyResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.IdentifyResponse";
            };

            return IdentifyResponse;
        })();

        v1.RefreshEntry = (function() {

            /**
             * Properties of a RefreshEntry.
             * @typedef {Object} sealmatch.v1.RefreshEntry.$Properties
             * @property {number|null} [slot] RefreshEntry slot
             * @property {Uint8Array|null} [ciphertext] RefreshEntry ciphertext
             * @property {Uint8Array|null} [enrollment] RefreshEntry enrollment
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RefreshEntry.
             * @memberof sealmatch.v1
             * @interface IRefreshEntry
             * @augments sealmatch.v1.RefreshEntry.$Properties
             * @deprecated Use sealmatch.v1.RefreshEntry.$Properties instead.
             */

            /**
             * Shape of a RefreshEntry.
             * @typedef {sealmatch.v1.RefreshEntry.$Properties} sealmatch.v1.RefreshEntry.$Shape
             */

            /**
             * Constructs a new RefreshEntry.
             * @memberof sealmatch.v1
             * @classdesc Represents a RefreshEntry.
             * @constructor
             * @param {sealmatch.v1.RefreshEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RefreshEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RefreshEntry slot.
             * @member {number} slot
             * @memberof sealmatch.v1.RefreshEntry
             * @instance
             */
            RefreshEntry.prototype.slot = 0;

            /**
             * RefreshEntry ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof sealmatch.v1.RefreshEntry
             * @instance
             */
            RefreshEntry.prototype.ciphertext = $util.newBuffer([]);

            /**
             * RefreshEntry enrollment.
             * @member {Uint8Array} enrollment
             * @memberof sealmatch.v1.RefreshEntry
             * @instance
             */
            RefreshEntry.prototype.enrollment = $util.newBuffer([]);

            /**
             * Creates a new RefreshEntry instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {sealmatch.v1.RefreshEntry.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.RefreshEntry} RefreshEntry instance
             * @type {{
             *   (properties: sealmatch.v1.RefreshEntry.$Shape): sealmatch.v1.RefreshEntry & sealmatch.v1.RefreshEntry.$Shape;
             *   (properties?: sealmatch.v1.RefreshEntry.$Properties): sealmatch.v1.RefreshEntry;
             * }}
             */
            RefreshEntry.create = function(properties) {
                return new RefreshEntry(properties);
            };

            /**
             * Encodes the specified RefreshEntry message. Does not implicitly {@link sealmatch.v1.RefreshEntry.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {sealmatch.v1.RefreshEntry.$Properties} message RefreshEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.slot);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ciphertext);
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment") && message.enrollment.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.enrollment);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RefreshEntry message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.RefreshEntry & sealmatch.v1.RefreshEntry.$Shape} RefreshEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshEntry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.RefreshEntry();
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
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.enrollment = value;
                            else
                                delete message.enrollment;
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
             * Verifies a RefreshEntry message.
             * @function verify
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RefreshEntry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isInteger(message.slot))
                        return "slot: integer expected";
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    if (!(message.ciphertext && typeof message.ciphertext.length === "number" || $util.isString(message.ciphertext)))
                        return "ciphertext: buffer expected";
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment"))
                    if (!(message.enrollment && typeof message.enrollment.length === "number" || $util.isString(message.enrollment)))
                        return "enrollment: buffer expected";
                return null;
            };

            /**
             * Creates a RefreshEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.RefreshEntry} RefreshEntry
             */
            RefreshEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.RefreshEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.RefreshEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.RefreshEntry();
                if (object.slot != null)
                    if ($Number(object.slot) !== 0)
                        message.slot = object.slot >>> 0;
                if (object.ciphertext != null)
                    if (object.ciphertext.length)
                        if (typeof object.ciphertext === "string")
                            $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                        else if (object.ciphertext.length >= 0)
                            message.ciphertext = object.ciphertext;
                if (object.enrollment != null)
                    if (object.enrollment.length)
                        if (typeof object.enrollment === "string")
                            $util.base64.decode(object.enrollment, message.enrollment = $util.newBuffer($util.base64.length(object.enrollment)), 0);
                        else if (object.enrollment.length >= 0)
                            message.enrollment = object.enrollment;
                return message;
            };

            /**
             * Creates a plain object from a RefreshEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {sealmatch.v1.RefreshEntry} message RefreshEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RefreshEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.slot = 0;
                    if (options.bytes === $String)
                        object.ciphertext = "";
                    else {
                        object.ciphertext = [];
                        if (options.bytes !== $Array)
                            object.ciphertext = $util.newBuffer(object.ciphertext);
                    }
                    if (options.bytes === $String)
                        object.enrollment = "";
                    else {
                        object.enrollment = [];
                        if (options.bytes !== $Array)
                            object.enrollment = $util.newBuffer(object.enrollment);
                    }
                }
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment"))
                    object.enrollment = options.bytes === $String ? $util.base64.encode(message.enrollment, 0, message.enrollment.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.enrollment) : message.enrollment;
                return object;
            };

            /**
             * Converts this RefreshEntry to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.RefreshEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RefreshEntry.prototype.toJSON = function() {
                return RefreshEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RefreshEntry
             * @function getTypeUrl
             * @memberof sealmatch.v1.RefreshEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RefreshEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.RefreshEntry";
            };

            return RefreshEntry;
        })();

        v1.EnrollmentRefreshRequest = (function() {

            /**
             * Properties of an EnrollmentRefreshRequest.
             * @typedef {Object} sealmatch.v1.EnrollmentRefreshRequest.$Properties
             * @property {string|null} [parameterSetId] EnrollmentRefreshRequest parameterSetId
             * @property {number|null} [blockId] EnrollmentRefreshRequest blockId
             * @property {Array.<sealmatch.v1.RefreshEntry.$Properties>|null} [entries] EnrollmentRefreshRequest entries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnrollmentRefreshRequest.
             * @memberof sealmatch.v1
             * @interface IEnrollmentRefreshRequest
             * @augments sealmatch.v1.EnrollmentRefreshRequest.$Properties
             * @deprecated Use sealmatch.v1.EnrollmentRefreshRequest.$Properties instead.
             */

            /**
             * Shape of an EnrollmentRefreshRequest.
             * @typedef {sealmatch.v1.EnrollmentRefreshRequest.$Properties} sealmatch.v1.EnrollmentRefreshRequest.$Shape
             */

            /**
             * Constructs a new EnrollmentRefreshRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents an EnrollmentRefreshRequest.
             * @constructor
             * @param {sealmatch.v1.EnrollmentRefreshRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnrollmentRefreshRequest = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnrollmentRefreshRequest parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @instance
             */
            EnrollmentRefreshRequest.prototype.parameterSetId = "";

            /**
             * EnrollmentRefreshRequest blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @instance
             */
            EnrollmentRefreshRequest.prototype.blockId = 0;

            /**
             * EnrollmentRefreshRequest entries.
             * @member {Array.<sealmatch.v1.RefreshEntry.$Properties>} entries
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @instance
             */
            EnrollmentRefreshRequest.prototype.entries = $util.emptyArray;

            /**
             * Creates a new EnrollmentRefreshRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {sealmatch.v1.EnrollmentRefreshRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.EnrollmentRefreshRequest} EnrollmentRefreshRequest instance
             * @type {{
             *   (properties: sealmatch.v1.EnrollmentRefreshRequest.$Shape): sealmatch.v1.EnrollmentRefreshRequest & sealmatch.v1.EnrollmentRefreshRequest.$Shape;
             *   (properties?: sealmatch.v1.EnrollmentRefreshRequest.$Properties): sealmatch.v1.EnrollmentRefreshRequest;
             * }}
             */
            EnrollmentRefreshRequest.create = function(properties) {
                return new EnrollmentRefreshRequest(properties);
            };

            /**
             * Encodes the specified EnrollmentRefreshRequest message. Does not implicitly {@link sealmatch.v1.EnrollmentRefreshRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {sealmatch.v1.EnrollmentRefreshRequest.$Properties} message EnrollmentRefreshRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnrollmentRefreshRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.blockId);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.sealmatch.v1.RefreshEntry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnrollmentRefreshRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.EnrollmentRefreshRequest & sealmatch.v1.EnrollmentRefreshRequest.$Shape} EnrollmentRefreshRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnrollmentRefreshRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.EnrollmentRefreshRequest();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.sealmatch.v1.RefreshEntry.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies an EnrollmentRefreshRequest message.
             * @function verify
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnrollmentRefreshRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.sealmatch.v1.RefreshEntry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EnrollmentRefreshRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.EnrollmentRefreshRequest} EnrollmentRefreshRequest
             */
            EnrollmentRefreshRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.EnrollmentRefreshRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.EnrollmentRefreshRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.EnrollmentRefreshRequest();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".sealmatch.v1.EnrollmentRefreshRequest.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".sealmatch.v1.EnrollmentRefreshRequest.entries: object expected");
                        message.entries[i] = $root.sealmatch.v1.RefreshEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EnrollmentRefreshRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {sealmatch.v1.EnrollmentRefreshRequest} message EnrollmentRefreshRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnrollmentRefreshRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.blockId = 0;
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.sealmatch.v1.RefreshEntry.toObject(message.entries[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EnrollmentRefreshRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnrollmentRefreshRequest.prototype.toJSON = function() {
                return EnrollmentRefreshRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnrollmentRefreshRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.EnrollmentRefreshRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnrollmentRefreshRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.EnrollmentRefreshRequest";
            };

            return EnrollmentRefreshRequest;
        })();

        v1.SlotValue = (function() {

            /**
             * Properties of a SlotValue.
             * @typedef {Object} sealmatch.v1.SlotValue.$Properties
             * @property {number|null} [slot] SlotValue slot
             * @property {number|null} [value] SlotValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlotValue.
             * @memberof sealmatch.v1
             * @interface ISlotValue
             * @augments sealmatch.v1.SlotValue.$Properties
             * @deprecated Use sealmatch.v1.SlotValue.$Properties instead.
             */

            /**
             * Shape of a SlotValue.
             * @typedef {sealmatch.v1.SlotValue.$Properties} sealmatch.v1.SlotValue.$Shape
             */

            /**
             * Constructs a new SlotValue.
             * @memberof sealmatch.v1
             * @classdesc Represents a SlotValue.
             * @constructor
             * @param {sealmatch.v1.SlotValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SlotValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SlotValue slot.
             * @member {number} slot
             * @memberof sealmatch.v1.SlotValue
             * @instance
             */
            SlotValue.prototype.slot = 0;

            /**
             * SlotValue value.
             * @member {number} value
             * @memberof sealmatch.v1.SlotValue
             * @instance
             */
            SlotValue.prototype.value = 0;

            /**
             * Creates a new SlotValue instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {sealmatch.v1.SlotValue.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SlotValue} SlotValue instance
             * @type {{
             *   (properties: sealmatch.v1.SlotValue.$Shape): sealmatch.v1.SlotValue & sealmatch.v1.SlotValue.$Shape;
             *   (properties?: sealmatch.v1.SlotValue.$Properties): sealmatch.v1.SlotValue;
             * }}
             */
            SlotValue.create = function(properties) {
                return new SlotValue(properties);
            };

            /**
             * Encodes the specified SlotValue message. Does not implicitly {@link sealmatch.v1.SlotValue.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {sealmatch.v1.SlotValue.$Properties} message SlotValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.slot);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SlotValue message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SlotValue & sealmatch.v1.SlotValue.$Shape} SlotValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SlotValue();
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
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.value = value;
                            else
                                delete message.value;
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
             * Verifies a SlotValue message.
             * @function verify
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SlotValue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isInteger(message.slot))
                        return "slot: integer expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isInteger(message.value))
                        return "value: integer expected";
                return null;
            };

            /**
             * Creates a SlotValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SlotValue} SlotValue
             */
            SlotValue.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SlotValue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SlotValue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SlotValue();
                if (object.slot != null)
                    if ($Number(object.slot) !== 0)
                        message.slot = object.slot >>> 0;
                if (object.value != null)
                    if ($Number(object.value) !== 0)
                        message.value = object.value >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SlotValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {sealmatch.v1.SlotValue} message SlotValue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SlotValue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.slot = 0;
                    object.value = 0;
                }
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                return object;
            };

            /**
             * Converts this SlotValue to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SlotValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SlotValue.prototype.toJSON = function() {
                return SlotValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SlotValue
             * @function getTypeUrl
             * @memberof sealmatch.v1.SlotValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SlotValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SlotValue";
            };

            return SlotValue;
        })();

        v1.DeletionRefreshColumn = (function() {

            /**
             * Properties of a DeletionRefreshColumn.
             * @typedef {Object} sealmatch.v1.DeletionRefreshColumn.$Properties
             * @property {Uint8Array|null} [ciphertext] DeletionRefreshColumn ciphertext
             * @property {Array.<sealmatch.v1.SlotValue.$Properties>|null} [set] DeletionRefreshColumn set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeletionRefreshColumn.
             * @memberof sealmatch.v1
             * @interface IDeletionRefreshColumn
             * @augments sealmatch.v1.DeletionRefreshColumn.$Properties
             * @deprecated Use sealmatch.v1.DeletionRefreshColumn.$Properties instead.
             */

            /**
             * Shape of a DeletionRefreshColumn.
             * @typedef {sealmatch.v1.DeletionRefreshColumn.$Properties} sealmatch.v1.DeletionRefreshColumn.$Shape
             */

            /**
             * Constructs a new DeletionRefreshColumn.
             * @memberof sealmatch.v1
             * @classdesc Represents a DeletionRefreshColumn.
             * @constructor
             * @param {sealmatch.v1.DeletionRefreshColumn.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeletionRefreshColumn = function (properties) {
                this.set = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeletionRefreshColumn ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @instance
             */
            DeletionRefreshColumn.prototype.ciphertext = $util.newBuffer([]);

            /**
             * DeletionRefreshColumn set.
             * @member {Array.<sealmatch.v1.SlotValue.$Properties>} set
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @instance
             */
            DeletionRefreshColumn.prototype.set = $util.emptyArray;

            /**
             * Creates a new DeletionRefreshColumn instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {sealmatch.v1.DeletionRefreshColumn.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.DeletionRefreshColumn} DeletionRefreshColumn instance
             * @type {{
             *   (properties: sealmatch.v1.DeletionRefreshColumn.$Shape): sealmatch.v1.DeletionRefreshColumn & sealmatch.v1.DeletionRefreshColumn.$Shape;
             *   (properties?: sealmatch.v1.DeletionRefreshColumn.$Properties): sealmatch.v1.DeletionRefreshColumn;
             * }}
             */
            DeletionRefreshColumn.create = function(properties) {
                return new DeletionRefreshColumn(properties);
            };

            /**
             * Encodes the specified DeletionRefreshColumn message. Does not implicitly {@link sealmatch.v1.DeletionRefreshColumn.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {sealmatch.v1.DeletionRefreshColumn.$Properties} message DeletionRefreshColumn message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeletionRefreshColumn.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ciphertext);
                if (message.set != null && message.set.length)
                    for (let i = 0; i < message.set.length; ++i)
                        $root.sealmatch.v1.SlotValue.encode(message.set[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeletionRefreshColumn message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeletionRefreshColumn & sealmatch.v1.DeletionRefreshColumn.$Shape} DeletionRefreshColumn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeletionRefreshColumn.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.DeletionRefreshColumn();
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
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.set && message.set.length))
                                message.set = [];
                            message.set.push($root.sealmatch.v1.SlotValue.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a DeletionRefreshColumn message.
             * @function verify
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeletionRefreshColumn.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    if (!(message.ciphertext && typeof message.ciphertext.length === "number" || $util.isString(message.ciphertext)))
                        return "ciphertext: buffer expected";
                if (message.set != null && $Object.hasOwnProperty.call(message, "set")) {
                    if (!$Array.isArray(message.set))
                        return "set: array expected";
                    for (let i = 0; i < message.set.length; ++i) {
                        let error = $root.sealmatch.v1.SlotValue.verify(message.set[i], _depth + 1);
                        if (error)
                            return "set." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a DeletionRefreshColumn message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.DeletionRefreshColumn} DeletionRefreshColumn
             */
            DeletionRefreshColumn.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.DeletionRefreshColumn)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.DeletionRefreshColumn: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.DeletionRefreshColumn();
                if (object.ciphertext != null)
                    if (object.ciphertext.length)
                        if (typeof object.ciphertext === "string")
                            $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                        else if (object.ciphertext.length >= 0)
                            message.ciphertext = object.ciphertext;
                if (object.set) {
                    if (!$Array.isArray(object.set))
                        throw $TypeError(".sealmatch.v1.DeletionRefreshColumn.set: array expected");
                    message.set = $Array(object.set.length);
                    for (let i = 0; i < object.set.length; ++i) {
                        if (!$util.isObject(object.set[i]))
                            throw $TypeError(".sealmatch.v1.DeletionRefreshColumn.set: object expected");
                        message.set[i] = $root.sealmatch.v1.SlotValue.fromObject(object.set[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a DeletionRefreshColumn message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {sealmatch.v1.DeletionRefreshColumn} message DeletionRefreshColumn
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeletionRefreshColumn.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.set = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.ciphertext = "";
                    else {
                        object.ciphertext = [];
                        if (options.bytes !== $Array)
                            object.ciphertext = $util.newBuffer(object.ciphertext);
                    }
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                if (message.set && message.set.length) {
                    object.set = $Array(message.set.length);
                    for (let j = 0; j < message.set.length; ++j)
                        object.set[j] = $root.sealmatch.v1.SlotValue.toObject(message.set[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this DeletionRefreshColumn to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeletionRefreshColumn.prototype.toJSON = function() {
                return DeletionRefreshColumn.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeletionRefreshColumn
             * @function getTypeUrl
             * @memberof sealmatch.v1.DeletionRefreshColumn
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeletionRefreshColumn.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.DeletionRefreshColumn";
            };

            return DeletionRefreshColumn;
        })();

        v1.DeletionRefreshRequest = (function() {

            /**
             * Properties of a DeletionRefreshRequest.
             * @typedef {Object} sealmatch.v1.DeletionRefreshRequest.$Properties
             * @property {string|null} [parameterSetId] DeletionRefreshRequest parameterSetId
             * @property {number|null} [blockId] DeletionRefreshRequest blockId
             * @property {Array.<sealmatch.v1.DeletionRefreshColumn.$Properties>|null} [columns] DeletionRefreshRequest columns
             * @property {number|null} [slot] DeletionRefreshRequest slot
             * @property {Uint8Array|null} [enrollment] DeletionRefreshRequest enrollment
             * @property {Uint8Array|null} [deletion] DeletionRefreshRequest deletion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeletionRefreshRequest.
             * @memberof sealmatch.v1
             * @interface IDeletionRefreshRequest
             * @augments sealmatch.v1.DeletionRefreshRequest.$Properties
             * @deprecated Use sealmatch.v1.DeletionRefreshRequest.$Properties instead.
             */

            /**
             * Shape of a DeletionRefreshRequest.
             * @typedef {sealmatch.v1.DeletionRefreshRequest.$Properties} sealmatch.v1.DeletionRefreshRequest.$Shape
             */

            /**
             * Constructs a new DeletionRefreshRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a DeletionRefreshRequest.
             * @constructor
             * @param {sealmatch.v1.DeletionRefreshRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeletionRefreshRequest = function (properties) {
                this.columns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeletionRefreshRequest parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.parameterSetId = "";

            /**
             * DeletionRefreshRequest blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.blockId = 0;

            /**
             * DeletionRefreshRequest columns.
             * @member {Array.<sealmatch.v1.DeletionRefreshColumn.$Properties>} columns
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.columns = $util.emptyArray;

            /**
             * DeletionRefreshRequest slot.
             * @member {number} slot
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.slot = 0;

            /**
             * DeletionRefreshRequest enrollment.
             * @member {Uint8Array} enrollment
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.enrollment = $util.newBuffer([]);

            /**
             * DeletionRefreshRequest deletion.
             * @member {Uint8Array} deletion
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             */
            DeletionRefreshRequest.prototype.deletion = $util.newBuffer([]);

            /**
             * Creates a new DeletionRefreshRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {sealmatch.v1.DeletionRefreshRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.DeletionRefreshRequest} DeletionRefreshRequest instance
             * @type {{
             *   (properties: sealmatch.v1.DeletionRefreshRequest.$Shape): sealmatch.v1.DeletionRefreshRequest & sealmatch.v1.DeletionRefreshRequest.$Shape;
             *   (properties?: sealmatch.v1.DeletionRefreshRequest.$Properties): sealmatch.v1.DeletionRefreshRequest;
             * }}
             */
            DeletionRefreshRequest.create = function(properties) {
                return new DeletionRefreshRequest(properties);
            };

            /**
             * Encodes the specified DeletionRefreshRequest message. Does not implicitly {@link sealmatch.v1.DeletionRefreshRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {sealmatch.v1.DeletionRefreshRequest.$Properties} message DeletionRefreshRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeletionRefreshRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.blockId);
                if (message.columns != null && message.columns.length)
                    for (let i = 0; i < message.columns.length; ++i)
                        $root.sealmatch.v1.DeletionRefreshColumn.encode(message.columns[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.slot);
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment") && message.enrollment.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.enrollment);
                if (message.deletion != null && $Object.hasOwnProperty.call(message, "deletion") && message.deletion.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.deletion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeletionRefreshRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeletionRefreshRequest & sealmatch.v1.DeletionRefreshRequest.$Shape} DeletionRefreshRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeletionRefreshRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.DeletionRefreshRequest();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.columns && message.columns.length))
                                message.columns = [];
                            message.columns.push($root.sealmatch.v1.DeletionRefreshColumn.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.enrollment = value;
                            else
                                delete message.enrollment;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deletion = value;
                            else
                                delete message.deletion;
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
             * Verifies a DeletionRefreshRequest message.
             * @function verify
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeletionRefreshRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns")) {
                    if (!$Array.isArray(message.columns))
                        return "columns: array expected";
                    for (let i = 0; i < message.columns.length; ++i) {
                        let error = $root.sealmatch.v1.DeletionRefreshColumn.verify(message.columns[i], _depth + 1);
                        if (error)
                            return "columns." + error;
                    }
                }
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isInteger(message.slot))
                        return "slot: integer expected";
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment"))
                    if (!(message.enrollment && typeof message.enrollment.length === "number" || $util.isString(message.enrollment)))
                        return "enrollment: buffer expected";
                if (message.deletion != null && $Object.hasOwnProperty.call(message, "deletion"))
                    if (!(message.deletion && typeof message.deletion.length === "number" || $util.isString(message.deletion)))
                        return "deletion: buffer expected";
                return null;
            };

            /**
             * Creates a DeletionRefreshRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.DeletionRefreshRequest} DeletionRefreshRequest
             */
            DeletionRefreshRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.DeletionRefreshRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.DeletionRefreshRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.DeletionRefreshRequest();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.columns) {
                    if (!$Array.isArray(object.columns))
                        throw $TypeError(".sealmatch.v1.DeletionRefreshRequest.columns: array expected");
                    message.columns = $Array(object.columns.length);
                    for (let i = 0; i < object.columns.length; ++i) {
                        if (!$util.isObject(object.columns[i]))
                            throw $TypeError(".sealmatch.v1.DeletionRefreshRequest.columns: object expected");
                        message.columns[i] = $root.sealmatch.v1.DeletionRefreshColumn.fromObject(object.columns[i], _depth + 1);
                    }
                }
                if (object.slot != null)
                    if ($Number(object.slot) !== 0)
                        message.slot = object.slot >>> 0;
                if (object.enrollment != null)
                    if (object.enrollment.length)
                        if (typeof object.enrollment === "string")
                            $util.base64.decode(object.enrollment, message.enrollment = $util.newBuffer($util.base64.length(object.enrollment)), 0);
                        else if (object.enrollment.length >= 0)
                            message.enrollment = object.enrollment;
                if (object.deletion != null)
                    if (object.deletion.length)
                        if (typeof object.deletion === "string")
                            $util.base64.decode(object.deletion, message.deletion = $util.newBuffer($util.base64.length(object.deletion)), 0);
                        else if (object.deletion.length >= 0)
                            message.deletion = object.deletion;
                return message;
            };

            /**
             * Creates a plain object from a DeletionRefreshRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {sealmatch.v1.DeletionRefreshRequest} message DeletionRefreshRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeletionRefreshRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.columns = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.blockId = 0;
                    object.slot = 0;
                    if (options.bytes === $String)
                        object.enrollment = "";
                    else {
                        object.enrollment = [];
                        if (options.bytes !== $Array)
                            object.enrollment = $util.newBuffer(object.enrollment);
                    }
                    if (options.bytes === $String)
                        object.deletion = "";
                    else {
                        object.deletion = [];
                        if (options.bytes !== $Array)
                            object.deletion = $util.newBuffer(object.deletion);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.columns && message.columns.length) {
                    object.columns = $Array(message.columns.length);
                    for (let j = 0; j < message.columns.length; ++j)
                        object.columns[j] = $root.sealmatch.v1.DeletionRefreshColumn.toObject(message.columns[j], options, _depth + 1);
                }
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.enrollment != null && $Object.hasOwnProperty.call(message, "enrollment"))
                    object.enrollment = options.bytes === $String ? $util.base64.encode(message.enrollment, 0, message.enrollment.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.enrollment) : message.enrollment;
                if (message.deletion != null && $Object.hasOwnProperty.call(message, "deletion"))
                    object.deletion = options.bytes === $String ? $util.base64.encode(message.deletion, 0, message.deletion.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deletion) : message.deletion;
                return object;
            };

            /**
             * Converts this DeletionRefreshRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeletionRefreshRequest.prototype.toJSON = function() {
                return DeletionRefreshRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeletionRefreshRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.DeletionRefreshRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeletionRefreshRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.DeletionRefreshRequest";
            };

            return DeletionRefreshRequest;
        })();

        v1.RefreshResponse = (function() {

            /**
             * Properties of a RefreshResponse.
             * @typedef {Object} sealmatch.v1.RefreshResponse.$Properties
             * @property {number|null} [blockId] RefreshResponse blockId
             * @property {Array.<Uint8Array>|null} [columns] RefreshResponse columns
             * @property {Array.<sealmatch.v1.SlotRegistration.$Properties>|null} [registrations] RefreshResponse registrations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RefreshResponse.
             * @memberof sealmatch.v1
             * @interface IRefreshResponse
             * @augments sealmatch.v1.RefreshResponse.$Properties
             * @deprecated Use sealmatch.v1.RefreshResponse.$Properties instead.
             */

            /**
             * Shape of a RefreshResponse.
             * @typedef {sealmatch.v1.RefreshResponse.$Properties} sealmatch.v1.RefreshResponse.$Shape
             */

            /**
             * Constructs a new RefreshResponse.
             * @memberof sealmatch.v1
             * @classdesc Represents a RefreshResponse.
             * @constructor
             * @param {sealmatch.v1.RefreshResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RefreshResponse = function (properties) {
                this.columns = [];
                this.registrations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RefreshResponse blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.RefreshResponse
             * @instance
             */
            RefreshResponse.prototype.blockId = 0;

            /**
             * RefreshResponse columns.
             * @member {Array.<Uint8Array>} columns
             * @memberof sealmatch.v1.RefreshResponse
             * @instance
             */
            RefreshResponse.prototype.columns = $util.emptyArray;

            /**
             * RefreshResponse registrations.
             * @member {Array.<sealmatch.v1.SlotRegistration.$Properties>} registrations
             * @memberof sealmatch.v1.RefreshResponse
             * @instance
             */
            RefreshResponse.prototype.registrations = $util.emptyArray;

            /**
             * Creates a new RefreshResponse instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {sealmatch.v1.RefreshResponse.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.RefreshResponse} RefreshResponse instance
             * @type {{
             *   (properties: sealmatch.v1.RefreshResponse.$Shape): sealmatch.v1.RefreshResponse & sealmatch.v1.RefreshResponse.$Shape;
             *   (properties?: sealmatch.v1.RefreshResponse.$Properties): sealmatch.v1.RefreshResponse;
             * }}
             */
            RefreshResponse.create = function(properties) {
                return new RefreshResponse(properties);
            };

            /**
             * Encodes the specified RefreshResponse message. Does not implicitly {@link sealmatch.v1.RefreshResponse.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {sealmatch.v1.RefreshResponse.$Properties} message RefreshResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RefreshResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.blockId);
                if (message.columns != null && message.columns.length)
                    for (let i = 0; i < message.columns.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.columns[i]);
                if (message.registrations != null && message.registrations.length)
                    for (let i = 0; i < message.registrations.length; ++i)
                        $root.sealmatch.v1.SlotRegistration.encode(message.registrations[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RefreshResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.RefreshResponse & sealmatch.v1.RefreshResponse.$Shape} RefreshResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RefreshResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.RefreshResponse();
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
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.columns && message.columns.length))
                                message.columns = [];
                            message.columns.push(reader.bytes());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.registrations && message.registrations.length))
                                message.registrations = [];
                            message.registrations.push($root.sealmatch.v1.SlotRegistration.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Verifies a RefreshResponse message.
             * @function verify
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RefreshResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns")) {
                    if (!$Array.isArray(message.columns))
                        return "columns: array expected";
                    for (let i = 0; i < message.columns.length; ++i)
                        if (!(message.columns[i] && typeof message.columns[i].length === "number" || $util.isString(message.columns[i])))
                            return "columns: buffer[] expected";
                }
                if (message.registrations != null && $Object.hasOwnProperty.call(message, "registrations")) {
                    if (!$Array.isArray(message.registrations))
                        return "registrations: array expected";
                    for (let i = 0; i < message.registrations.length; ++i) {
                        let error = $root.sealmatch.v1.SlotRegistration.verify(message.registrations[i], _depth + 1);
                        if (error)
                            return "registrations." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RefreshResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.RefreshResponse} RefreshResponse
             */
            RefreshResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.RefreshResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.RefreshResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.RefreshResponse();
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.columns) {
                    if (!$Array.isArray(object.columns))
                        throw $TypeError(".sealmatch.v1.RefreshResponse.columns: array expected");
                    message.columns = $Array(object.columns.length);
                    for (let i = 0; i < object.columns.length; ++i)
                        if (typeof object.columns[i] === "string")
                            $util.base64.decode(object.columns[i], message.columns[i] = $util.newBuffer($util.base64.length(object.columns[i])), 0);
                        else if (object.columns[i].length >= 0)
                            message.columns[i] = object.columns[i];
                }
                if (object.registrations) {
                    if (!$Array.isArray(object.registrations))
                        throw $TypeError(".sealmatch.v1.RefreshResponse.registrations: array expected");
                    message.registrations = $Array(object.registrations.length);
                    for (let i = 0; i < object.registrations.length; ++i) {
                        if (!$util.isObject(object.registrations[i]))
                            throw $TypeError(".sealmatch.v1.RefreshResponse.registrations: object expected");
                        message.registrations[i] = $root.sealmatch.v1.SlotRegistration.fromObject(object.registrations[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RefreshResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {sealmatch.v1.RefreshResponse} message RefreshResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RefreshResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.columns = [];
                    object.registrations = [];
                }
                if (options.defaults)
                    object.blockId = 0;
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.columns && message.columns.length) {
                    object.columns = $Array(message.columns.length);
                    for (let j = 0; j < message.columns.length; ++j)
                        object.columns[j] = options.bytes === $String ? $util.base64.encode(message.columns[j], 0, message.columns[j].length) : options.bytes === $Array ? $Array.prototype.slice.call(message.columns[j]) : message.columns[j];
                }
                if (message.registrations && message.registrations.length) {
                    object.registrations = $Array(message.registrations.length);
                    for (let j = 0; j < message.registrations.length; ++j)
                        object.registrations[j] = $root.sealmatch.v1.SlotRegistration.toObject(message.registrations[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RefreshResponse to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.RefreshResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RefreshResponse.prototype.toJSON = function() {
                return RefreshResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RefreshResponse
             * @function getTypeUrl
             * @memberof sealmatch.v1.RefreshResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RefreshResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.RefreshResponse";
            };

            return RefreshResponse;
        })();

        v1.SlotRegistration = (function() {

            /**
             * Properties of a SlotRegistration.
             * @typedef {Object} sealmatch.v1.SlotRegistration.$Properties
             * @property {string|null} [parameterSetId] SlotRegistration parameterSetId
             * @property {string|null} [subjectRef] SlotRegistration subjectRef
             * @property {number|null} [blockId] SlotRegistration blockId
             * @property {number|null} [slot] SlotRegistration slot
             * @property {Uint8Array|null} [requestHash] SlotRegistration requestHash
             * @property {number|null} [issuedAtMs] SlotRegistration issuedAtMs
             * @property {Uint8Array|null} [custodianKeyId] SlotRegistration custodianKeyId
             * @property {Uint8Array|null} [signature] SlotRegistration signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlotRegistration.
             * @memberof sealmatch.v1
             * @interface ISlotRegistration
             * @augments sealmatch.v1.SlotRegistration.$Properties
             * @deprecated Use sealmatch.v1.SlotRegistration.$Properties instead.
             */

            /**
             * Shape of a SlotRegistration.
             * @typedef {sealmatch.v1.SlotRegistration.$Properties} sealmatch.v1.SlotRegistration.$Shape
             */

            /**
             * Constructs a new SlotRegistration.
             * @memberof sealmatch.v1
             * @classdesc Represents a SlotRegistration.
             * @constructor
             * @param {sealmatch.v1.SlotRegistration.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SlotRegistration = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SlotRegistration parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.parameterSetId = "";

            /**
             * SlotRegistration subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.subjectRef = "";

            /**
             * SlotRegistration blockId.
             * @member {number} blockId
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.blockId = 0;

            /**
             * SlotRegistration slot.
             * @member {number} slot
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.slot = 0;

            /**
             * SlotRegistration requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.requestHash = $util.newBuffer([]);

            /**
             * SlotRegistration issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SlotRegistration custodianKeyId.
             * @member {Uint8Array} custodianKeyId
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.custodianKeyId = $util.newBuffer([]);

            /**
             * SlotRegistration signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             */
            SlotRegistration.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SlotRegistration instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {sealmatch.v1.SlotRegistration.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SlotRegistration} SlotRegistration instance
             * @type {{
             *   (properties: sealmatch.v1.SlotRegistration.$Shape): sealmatch.v1.SlotRegistration & sealmatch.v1.SlotRegistration.$Shape;
             *   (properties?: sealmatch.v1.SlotRegistration.$Properties): sealmatch.v1.SlotRegistration;
             * }}
             */
            SlotRegistration.create = function(properties) {
                return new SlotRegistration(properties);
            };

            /**
             * Encodes the specified SlotRegistration message. Does not implicitly {@link sealmatch.v1.SlotRegistration.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {sealmatch.v1.SlotRegistration.$Properties} message SlotRegistration message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotRegistration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subjectRef);
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId") && message.blockId !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.blockId);
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot") && message.slot !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.slot);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.requestHash);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.issuedAtMs);
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId") && message.custodianKeyId.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.custodianKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SlotRegistration message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SlotRegistration & sealmatch.v1.SlotRegistration.$Shape} SlotRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotRegistration.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SlotRegistration();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.blockId = value;
                            else
                                delete message.blockId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slot = value;
                            else
                                delete message.slot;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.custodianKeyId = value;
                            else
                                delete message.custodianKeyId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Verifies a SlotRegistration message.
             * @function verify
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SlotRegistration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    if (!$util.isInteger(message.blockId))
                        return "blockId: integer expected";
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    if (!$util.isInteger(message.slot))
                        return "slot: integer expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    if (!(message.custodianKeyId && typeof message.custodianKeyId.length === "number" || $util.isString(message.custodianKeyId)))
                        return "custodianKeyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SlotRegistration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SlotRegistration} SlotRegistration
             */
            SlotRegistration.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SlotRegistration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SlotRegistration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SlotRegistration();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.blockId != null)
                    if ($Number(object.blockId) !== 0)
                        message.blockId = object.blockId >>> 0;
                if (object.slot != null)
                    if ($Number(object.slot) !== 0)
                        message.slot = object.slot >>> 0;
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.custodianKeyId != null)
                    if (object.custodianKeyId.length)
                        if (typeof object.custodianKeyId === "string")
                            $util.base64.decode(object.custodianKeyId, message.custodianKeyId = $util.newBuffer($util.base64.length(object.custodianKeyId)), 0);
                        else if (object.custodianKeyId.length >= 0)
                            message.custodianKeyId = object.custodianKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SlotRegistration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {sealmatch.v1.SlotRegistration} message SlotRegistration
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SlotRegistration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.subjectRef = "";
                    object.blockId = 0;
                    object.slot = 0;
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.custodianKeyId = "";
                    else {
                        object.custodianKeyId = [];
                        if (options.bytes !== $Array)
                            object.custodianKeyId = $util.newBuffer(object.custodianKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.blockId != null && $Object.hasOwnProperty.call(message, "blockId"))
                    object.blockId = message.blockId;
                if (message.slot != null && $Object.hasOwnProperty.call(message, "slot"))
                    object.slot = message.slot;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    object.custodianKeyId = options.bytes === $String ? $util.base64.encode(message.custodianKeyId, 0, message.custodianKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.custodianKeyId) : message.custodianKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this SlotRegistration to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SlotRegistration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SlotRegistration.prototype.toJSON = function() {
                return SlotRegistration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SlotRegistration
             * @function getTypeUrl
             * @memberof sealmatch.v1.SlotRegistration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SlotRegistration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SlotRegistration";
            };

            return SlotRegistration;
        })();

        v1.GalleryEnrollRequest = (function() {

            /**
             * Properties of a GalleryEnrollRequest.
             * @typedef {Object} sealmatch.v1.GalleryEnrollRequest.$Properties
             * @property {string|null} [parameterSetId] GalleryEnrollRequest parameterSetId
             * @property {string|null} [subjectRef] GalleryEnrollRequest subjectRef
             * @property {number|null} [dim] GalleryEnrollRequest dim
             * @property {Uint8Array|null} [template] GalleryEnrollRequest template
             * @property {string|null} [caseId] GalleryEnrollRequest caseId
             * @property {Uint8Array|null} [nonce] GalleryEnrollRequest nonce
             * @property {number|null} [timestampMs] GalleryEnrollRequest timestampMs
             * @property {Uint8Array|null} [macEnvelope] GalleryEnrollRequest macEnvelope
             * @property {Uint8Array|null} [heKeyId] GalleryEnrollRequest heKeyId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GalleryEnrollRequest.
             * @memberof sealmatch.v1
             * @interface IGalleryEnrollRequest
             * @augments sealmatch.v1.GalleryEnrollRequest.$Properties
             * @deprecated Use sealmatch.v1.GalleryEnrollRequest.$Properties instead.
             */

            /**
             * Shape of a GalleryEnrollRequest.
             * @typedef {sealmatch.v1.GalleryEnrollRequest.$Properties} sealmatch.v1.GalleryEnrollRequest.$Shape
             */

            /**
             * Constructs a new GalleryEnrollRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a GalleryEnrollRequest.
             * @constructor
             * @param {sealmatch.v1.GalleryEnrollRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GalleryEnrollRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GalleryEnrollRequest parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.parameterSetId = "";

            /**
             * GalleryEnrollRequest subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.subjectRef = "";

            /**
             * GalleryEnrollRequest dim.
             * @member {number} dim
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.dim = 0;

            /**
             * GalleryEnrollRequest template.
             * @member {Uint8Array} template
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.template = $util.newBuffer([]);

            /**
             * GalleryEnrollRequest caseId.
             * @member {string} caseId
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.caseId = "";

            /**
             * GalleryEnrollRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * GalleryEnrollRequest timestampMs.
             * @member {number} timestampMs
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * GalleryEnrollRequest macEnvelope.
             * @member {Uint8Array} macEnvelope
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.macEnvelope = $util.newBuffer([]);

            /**
             * GalleryEnrollRequest heKeyId.
             * @member {Uint8Array} heKeyId
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             */
            GalleryEnrollRequest.prototype.heKeyId = $util.newBuffer([]);

            /**
             * Creates a new GalleryEnrollRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {sealmatch.v1.GalleryEnrollRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.GalleryEnrollRequest} GalleryEnrollRequest instance
             * @type {{
             *   (properties: sealmatch.v1.GalleryEnrollRequest.$Shape): sealmatch.v1.GalleryEnrollRequest & sealmatch.v1.GalleryEnrollRequest.$Shape;
             *   (properties?: sealmatch.v1.GalleryEnrollRequest.$Properties): sealmatch.v1.GalleryEnrollRequest;
             * }}
             */
            GalleryEnrollRequest.create = function(properties) {
                return new GalleryEnrollRequest(properties);
            };

            /**
             * Encodes the specified GalleryEnrollRequest message. Does not implicitly {@link sealmatch.v1.GalleryEnrollRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {sealmatch.v1.GalleryEnrollRequest.$Properties} message GalleryEnrollRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GalleryEnrollRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subjectRef);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.dim);
                if (message.template != null && $Object.hasOwnProperty.call(message, "template") && message.template.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.template);
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId") && message.caseId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.caseId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.nonce);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).int64(message.timestampMs);
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope") && message.macEnvelope.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.macEnvelope);
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId") && message.heKeyId.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.heKeyId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GalleryEnrollRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryEnrollRequest & sealmatch.v1.GalleryEnrollRequest.$Shape} GalleryEnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GalleryEnrollRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.GalleryEnrollRequest();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.template = value;
                            else
                                delete message.template;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseId = value;
                            else
                                delete message.caseId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.macEnvelope = value;
                            else
                                delete message.macEnvelope;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.heKeyId = value;
                            else
                                delete message.heKeyId;
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
             * Verifies a GalleryEnrollRequest message.
             * @function verify
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GalleryEnrollRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    if (!(message.template && typeof message.template.length === "number" || $util.isString(message.template)))
                        return "template: buffer expected";
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    if (!$util.isString(message.caseId))
                        return "caseId: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                        return "nonce: buffer expected";
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (!$util.isInteger(message.timestampMs) && !(message.timestampMs && $util.isInteger(message.timestampMs.low) && $util.isInteger(message.timestampMs.high)))
                        return "timestampMs: integer|Long expected";
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    if (!(message.macEnvelope && typeof message.macEnvelope.length === "number" || $util.isString(message.macEnvelope)))
                        return "macEnvelope: buffer expected";
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    if (!(message.heKeyId && typeof message.heKeyId.length === "number" || $util.isString(message.heKeyId)))
                        return "heKeyId: buffer expected";
                return null;
            };

            /**
             * Creates a GalleryEnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.GalleryEnrollRequest} GalleryEnrollRequest
             */
            GalleryEnrollRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.GalleryEnrollRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.GalleryEnrollRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.GalleryEnrollRequest();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                if (object.template != null)
                    if (object.template.length)
                        if (typeof object.template === "string")
                            $util.base64.decode(object.template, message.template = $util.newBuffer($util.base64.length(object.template)), 0);
                        else if (object.template.length >= 0)
                            message.template = object.template;
                if (object.caseId != null)
                    if (typeof object.caseId !== "string" || object.caseId.length)
                        message.caseId = $String(object.caseId);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, false);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber();
                if (object.macEnvelope != null)
                    if (object.macEnvelope.length)
                        if (typeof object.macEnvelope === "string")
                            $util.base64.decode(object.macEnvelope, message.macEnvelope = $util.newBuffer($util.base64.length(object.macEnvelope)), 0);
                        else if (object.macEnvelope.length >= 0)
                            message.macEnvelope = object.macEnvelope;
                if (object.heKeyId != null)
                    if (object.heKeyId.length)
                        if (typeof object.heKeyId === "string")
                            $util.base64.decode(object.heKeyId, message.heKeyId = $util.newBuffer($util.base64.length(object.heKeyId)), 0);
                        else if (object.heKeyId.length >= 0)
                            message.heKeyId = object.heKeyId;
                return message;
            };

            /**
             * Creates a plain object from a GalleryEnrollRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {sealmatch.v1.GalleryEnrollRequest} message GalleryEnrollRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GalleryEnrollRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.subjectRef = "";
                    object.dim = 0;
                    if (options.bytes === $String)
                        object.template = "";
                    else {
                        object.template = [];
                        if (options.bytes !== $Array)
                            object.template = $util.newBuffer(object.template);
                    }
                    object.caseId = "";
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.macEnvelope = "";
                    else {
                        object.macEnvelope = [];
                        if (options.bytes !== $Array)
                            object.macEnvelope = $util.newBuffer(object.macEnvelope);
                    }
                    if (options.bytes === $String)
                        object.heKeyId = "";
                    else {
                        object.heKeyId = [];
                        if (options.bytes !== $Array)
                            object.heKeyId = $util.newBuffer(object.heKeyId);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = options.bytes === $String ? $util.base64.encode(message.template, 0, message.template.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.template) : message.template;
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    object.caseId = message.caseId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber() : message.timestampMs;
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    object.macEnvelope = options.bytes === $String ? $util.base64.encode(message.macEnvelope, 0, message.macEnvelope.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.macEnvelope) : message.macEnvelope;
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    object.heKeyId = options.bytes === $String ? $util.base64.encode(message.heKeyId, 0, message.heKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.heKeyId) : message.heKeyId;
                return object;
            };

            /**
             * Converts this GalleryEnrollRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GalleryEnrollRequest.prototype.toJSON = function() {
                return GalleryEnrollRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GalleryEnrollRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.GalleryEnrollRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GalleryEnrollRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.GalleryEnrollRequest";
            };

            return GalleryEnrollRequest;
        })();

        v1.GalleryEnrollSubmission = (function() {

            /**
             * Properties of a GalleryEnrollSubmission.
             * @typedef {Object} sealmatch.v1.GalleryEnrollSubmission.$Properties
             * @property {Uint8Array|null} [signedRequest] GalleryEnrollSubmission signedRequest
             * @property {Uint8Array|null} [maskSeed] GalleryEnrollSubmission maskSeed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GalleryEnrollSubmission.
             * @memberof sealmatch.v1
             * @interface IGalleryEnrollSubmission
             * @augments sealmatch.v1.GalleryEnrollSubmission.$Properties
             * @deprecated Use sealmatch.v1.GalleryEnrollSubmission.$Properties instead.
             */

            /**
             * Shape of a GalleryEnrollSubmission.
             * @typedef {sealmatch.v1.GalleryEnrollSubmission.$Properties} sealmatch.v1.GalleryEnrollSubmission.$Shape
             */

            /**
             * Constructs a new GalleryEnrollSubmission.
             * @memberof sealmatch.v1
             * @classdesc Represents a GalleryEnrollSubmission.
             * @constructor
             * @param {sealmatch.v1.GalleryEnrollSubmission.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GalleryEnrollSubmission = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GalleryEnrollSubmission signedRequest.
             * @member {Uint8Array} signedRequest
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @instance
             */
            GalleryEnrollSubmission.prototype.signedRequest = $util.newBuffer([]);

            /**
             * GalleryEnrollSubmission maskSeed.
             * @member {Uint8Array} maskSeed
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @instance
             */
            GalleryEnrollSubmission.prototype.maskSeed = $util.newBuffer([]);

            /**
             * Creates a new GalleryEnrollSubmission instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {sealmatch.v1.GalleryEnrollSubmission.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.GalleryEnrollSubmission} GalleryEnrollSubmission instance
             * @type {{
             *   (properties: sealmatch.v1.GalleryEnrollSubmission.$Shape): sealmatch.v1.GalleryEnrollSubmission & sealmatch.v1.GalleryEnrollSubmission.$Shape;
             *   (properties?: sealmatch.v1.GalleryEnrollSubmission.$Properties): sealmatch.v1.GalleryEnrollSubmission;
             * }}
             */
            GalleryEnrollSubmission.create = function(properties) {
                return new GalleryEnrollSubmission(properties);
            };

            /**
             * Encodes the specified GalleryEnrollSubmission message. Does not implicitly {@link sealmatch.v1.GalleryEnrollSubmission.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {sealmatch.v1.GalleryEnrollSubmission.$Properties} message GalleryEnrollSubmission message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GalleryEnrollSubmission.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest") && message.signedRequest.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.signedRequest);
                if (message.maskSeed != null && $Object.hasOwnProperty.call(message, "maskSeed") && message.maskSeed.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.maskSeed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GalleryEnrollSubmission message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryEnrollSubmission & sealmatch.v1.GalleryEnrollSubmission.$Shape} GalleryEnrollSubmission
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GalleryEnrollSubmission.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.GalleryEnrollSubmission();
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
                                message.signedRequest = value;
                            else
                                delete message.signedRequest;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.maskSeed = value;
                            else
                                delete message.maskSeed;
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
             * Verifies a GalleryEnrollSubmission message.
             * @function verify
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GalleryEnrollSubmission.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest"))
                    if (!(message.signedRequest && typeof message.signedRequest.length === "number" || $util.isString(message.signedRequest)))
                        return "signedRequest: buffer expected";
                if (message.maskSeed != null && $Object.hasOwnProperty.call(message, "maskSeed"))
                    if (!(message.maskSeed && typeof message.maskSeed.length === "number" || $util.isString(message.maskSeed)))
                        return "maskSeed: buffer expected";
                return null;
            };

            /**
             * Creates a GalleryEnrollSubmission message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.GalleryEnrollSubmission} GalleryEnrollSubmission
             */
            GalleryEnrollSubmission.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.GalleryEnrollSubmission)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.GalleryEnrollSubmission: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.GalleryEnrollSubmission();
                if (object.signedRequest != null)
                    if (object.signedRequest.length)
                        if (typeof object.signedRequest === "string")
                            $util.base64.decode(object.signedRequest, message.signedRequest = $util.newBuffer($util.base64.length(object.signedRequest)), 0);
                        else if (object.signedRequest.length >= 0)
                            message.signedRequest = object.signedRequest;
                if (object.maskSeed != null)
                    if (object.maskSeed.length)
                        if (typeof object.maskSeed === "string")
                            $util.base64.decode(object.maskSeed, message.maskSeed = $util.newBuffer($util.base64.length(object.maskSeed)), 0);
                        else if (object.maskSeed.length >= 0)
                            message.maskSeed = object.maskSeed;
                return message;
            };

            /**
             * Creates a plain object from a GalleryEnrollSubmission message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {sealmatch.v1.GalleryEnrollSubmission} message GalleryEnrollSubmission
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GalleryEnrollSubmission.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.signedRequest = "";
                    else {
                        object.signedRequest = [];
                        if (options.bytes !== $Array)
                            object.signedRequest = $util.newBuffer(object.signedRequest);
                    }
                    if (options.bytes === $String)
                        object.maskSeed = "";
                    else {
                        object.maskSeed = [];
                        if (options.bytes !== $Array)
                            object.maskSeed = $util.newBuffer(object.maskSeed);
                    }
                }
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest"))
                    object.signedRequest = options.bytes === $String ? $util.base64.encode(message.signedRequest, 0, message.signedRequest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signedRequest) : message.signedRequest;
                if (message.maskSeed != null && $Object.hasOwnProperty.call(message, "maskSeed"))
                    object.maskSeed = options.bytes === $String ? $util.base64.encode(message.maskSeed, 0, message.maskSeed.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.maskSeed) : message.maskSeed;
                return object;
            };

            /**
             * Converts this GalleryEnrollSubmission to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GalleryEnrollSubmission.prototype.toJSON = function() {
                return GalleryEnrollSubmission.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GalleryEnrollSubmission
             * @function getTypeUrl
             * @memberof sealmatch.v1.GalleryEnrollSubmission
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GalleryEnrollSubmission.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.GalleryEnrollSubmission";
            };

            return GalleryEnrollSubmission;
        })();

        v1.GalleryDeleteRequest = (function() {

            /**
             * Properties of a GalleryDeleteRequest.
             * @typedef {Object} sealmatch.v1.GalleryDeleteRequest.$Properties
             * @property {string|null} [subjectRef] GalleryDeleteRequest subjectRef
             * @property {string|null} [caseId] GalleryDeleteRequest caseId
             * @property {Uint8Array|null} [nonce] GalleryDeleteRequest nonce
             * @property {number|null} [timestampMs] GalleryDeleteRequest timestampMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GalleryDeleteRequest.
             * @memberof sealmatch.v1
             * @interface IGalleryDeleteRequest
             * @augments sealmatch.v1.GalleryDeleteRequest.$Properties
             * @deprecated Use sealmatch.v1.GalleryDeleteRequest.$Properties instead.
             */

            /**
             * Shape of a GalleryDeleteRequest.
             * @typedef {sealmatch.v1.GalleryDeleteRequest.$Properties} sealmatch.v1.GalleryDeleteRequest.$Shape
             */

            /**
             * Constructs a new GalleryDeleteRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a GalleryDeleteRequest.
             * @constructor
             * @param {sealmatch.v1.GalleryDeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GalleryDeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GalleryDeleteRequest subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @instance
             */
            GalleryDeleteRequest.prototype.subjectRef = "";

            /**
             * GalleryDeleteRequest caseId.
             * @member {string} caseId
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @instance
             */
            GalleryDeleteRequest.prototype.caseId = "";

            /**
             * GalleryDeleteRequest nonce.
             * @member {Uint8Array} nonce
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @instance
             */
            GalleryDeleteRequest.prototype.nonce = $util.newBuffer([]);

            /**
             * GalleryDeleteRequest timestampMs.
             * @member {number} timestampMs
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @instance
             */
            GalleryDeleteRequest.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new GalleryDeleteRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {sealmatch.v1.GalleryDeleteRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.GalleryDeleteRequest} GalleryDeleteRequest instance
             * @type {{
             *   (properties: sealmatch.v1.GalleryDeleteRequest.$Shape): sealmatch.v1.GalleryDeleteRequest & sealmatch.v1.GalleryDeleteRequest.$Shape;
             *   (properties?: sealmatch.v1.GalleryDeleteRequest.$Properties): sealmatch.v1.GalleryDeleteRequest;
             * }}
             */
            GalleryDeleteRequest.create = function(properties) {
                return new GalleryDeleteRequest(properties);
            };

            /**
             * Encodes the specified GalleryDeleteRequest message. Does not implicitly {@link sealmatch.v1.GalleryDeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {sealmatch.v1.GalleryDeleteRequest.$Properties} message GalleryDeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GalleryDeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subjectRef);
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId") && message.caseId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.caseId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nonce);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.timestampMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GalleryDeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryDeleteRequest & sealmatch.v1.GalleryDeleteRequest.$Shape} GalleryDeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GalleryDeleteRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.GalleryDeleteRequest();
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
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.caseId = value;
                            else
                                delete message.caseId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
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
             * Verifies a GalleryDeleteRequest message.
             * @function verify
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GalleryDeleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    if (!$util.isString(message.caseId))
                        return "caseId: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                        return "nonce: buffer expected";
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (!$util.isInteger(message.timestampMs) && !(message.timestampMs && $util.isInteger(message.timestampMs.low) && $util.isInteger(message.timestampMs.high)))
                        return "timestampMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a GalleryDeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.GalleryDeleteRequest} GalleryDeleteRequest
             */
            GalleryDeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.GalleryDeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.GalleryDeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.GalleryDeleteRequest();
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.caseId != null)
                    if (typeof object.caseId !== "string" || object.caseId.length)
                        message.caseId = $String(object.caseId);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, false);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a GalleryDeleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {sealmatch.v1.GalleryDeleteRequest} message GalleryDeleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GalleryDeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subjectRef = "";
                    object.caseId = "";
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.caseId != null && $Object.hasOwnProperty.call(message, "caseId"))
                    object.caseId = message.caseId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber() : message.timestampMs;
                return object;
            };

            /**
             * Converts this GalleryDeleteRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GalleryDeleteRequest.prototype.toJSON = function() {
                return GalleryDeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GalleryDeleteRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.GalleryDeleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GalleryDeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.GalleryDeleteRequest";
            };

            return GalleryDeleteRequest;
        })();

        /**
         * TransactionKind enum.
         * @name sealmatch.v1.TransactionKind
         * @enum {number}
         * @property {number} TRANSACTION_KIND_UNSPECIFIED=0 TRANSACTION_KIND_UNSPECIFIED value
         * @property {number} TRANSACTION_KIND_WITHDRAWAL=1 TRANSACTION_KIND_WITHDRAWAL value
         * @property {number} TRANSACTION_KIND_TOP_UP=2 TRANSACTION_KIND_TOP_UP value
         * @property {number} TRANSACTION_KIND_ENROLLMENT=3 TRANSACTION_KIND_ENROLLMENT value
         */
        v1.TransactionKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRANSACTION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRANSACTION_KIND_WITHDRAWAL"] = 1;
            values[valuesById[2] = "TRANSACTION_KIND_TOP_UP"] = 2;
            values[valuesById[3] = "TRANSACTION_KIND_ENROLLMENT"] = 3;
            return values;
        })();

        v1.Transaction = (function() {

            /**
             * Properties of a Transaction.
             * @typedef {Object} sealmatch.v1.Transaction.$Properties
             * @property {number|null} [amountMinor] Transaction amountMinor
             * @property {string|null} [currency] Transaction currency
             * @property {string|null} [terminalId] Transaction terminalId
             * @property {Uint8Array|null} [nonce] Transaction nonce
             * @property {number|null} [timestampMs] Transaction timestampMs
             * @property {string|null} [senderRef] Transaction senderRef
             * @property {sealmatch.v1.TransactionKind|null} [kind] Transaction kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Transaction.
             * @memberof sealmatch.v1
             * @interface ITransaction
             * @augments sealmatch.v1.Transaction.$Properties
             * @deprecated Use sealmatch.v1.Transaction.$Properties instead.
             */

            /**
             * Shape of a Transaction.
             * @typedef {sealmatch.v1.Transaction.$Properties} sealmatch.v1.Transaction.$Shape
             */

            /**
             * Constructs a new Transaction.
             * @memberof sealmatch.v1
             * @classdesc Represents a Transaction.
             * @constructor
             * @param {sealmatch.v1.Transaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Transaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Transaction amountMinor.
             * @member {number} amountMinor
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.amountMinor = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Transaction currency.
             * @member {string} currency
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.currency = "";

            /**
             * Transaction terminalId.
             * @member {string} terminalId
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.terminalId = "";

            /**
             * Transaction nonce.
             * @member {Uint8Array} nonce
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.nonce = $util.newBuffer([]);

            /**
             * Transaction timestampMs.
             * @member {number} timestampMs
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Transaction senderRef.
             * @member {string} senderRef
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.senderRef = "";

            /**
             * Transaction kind.
             * @member {sealmatch.v1.TransactionKind} kind
             * @memberof sealmatch.v1.Transaction
             * @instance
             */
            Transaction.prototype.kind = 0;

            /**
             * Creates a new Transaction instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {sealmatch.v1.Transaction.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.Transaction} Transaction instance
             * @type {{
             *   (properties: sealmatch.v1.Transaction.$Shape): sealmatch.v1.Transaction & sealmatch.v1.Transaction.$Shape;
             *   (properties?: sealmatch.v1.Transaction.$Properties): sealmatch.v1.Transaction;
             * }}
             */
            Transaction.create = function(properties) {
                return new Transaction(properties);
            };

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link sealmatch.v1.Transaction.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {sealmatch.v1.Transaction.$Properties} message Transaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Transaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor") && (typeof message.amountMinor === "object" ? message.amountMinor.low || message.amountMinor.high : message.amountMinor !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.amountMinor);
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency") && message.currency !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.currency);
                if (message.terminalId != null && $Object.hasOwnProperty.call(message, "terminalId") && message.terminalId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.terminalId);
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce") && message.nonce.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.nonce);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).int64(message.timestampMs);
                if (message.senderRef != null && $Object.hasOwnProperty.call(message, "senderRef") && message.senderRef !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.senderRef);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.Transaction & sealmatch.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Transaction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.Transaction();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.amountMinor = value;
                            else
                                delete message.amountMinor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.currency = value;
                            else
                                delete message.currency;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.terminalId = value;
                            else
                                delete message.terminalId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.nonce = value;
                            else
                                delete message.nonce;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.senderRef = value;
                            else
                                delete message.senderRef;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
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
             * Verifies a Transaction message.
             * @function verify
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Transaction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor"))
                    if (!$util.isInteger(message.amountMinor) && !(message.amountMinor && $util.isInteger(message.amountMinor.low) && $util.isInteger(message.amountMinor.high)))
                        return "amountMinor: integer|Long expected";
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                    if (!$util.isString(message.currency))
                        return "currency: string expected";
                if (message.terminalId != null && $Object.hasOwnProperty.call(message, "terminalId"))
                    if (!$util.isString(message.terminalId))
                        return "terminalId: string expected";
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    if (!(message.nonce && typeof message.nonce.length === "number" || $util.isString(message.nonce)))
                        return "nonce: buffer expected";
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (!$util.isInteger(message.timestampMs) && !(message.timestampMs && $util.isInteger(message.timestampMs.low) && $util.isInteger(message.timestampMs.high)))
                        return "timestampMs: integer|Long expected";
                if (message.senderRef != null && $Object.hasOwnProperty.call(message, "senderRef"))
                    if (!$util.isString(message.senderRef))
                        return "senderRef: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates a Transaction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.Transaction} Transaction
             */
            Transaction.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.Transaction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.Transaction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.Transaction();
                if (object.amountMinor != null)
                    if (typeof object.amountMinor === "object" ? object.amountMinor.low || object.amountMinor.high : $Number(object.amountMinor) !== 0)
                        if ($util.Long)
                            message.amountMinor = $util.Long.fromValue(object.amountMinor, false);
                        else if (typeof object.amountMinor === "string")
                            message.amountMinor = $parseInt(object.amountMinor, 10);
                        else if (typeof object.amountMinor === "number")
                            message.amountMinor = object.amountMinor;
                        else if (typeof object.amountMinor === "object")
                            message.amountMinor = new $util.LongBits(object.amountMinor.low >>> 0, object.amountMinor.high >>> 0).toNumber();
                if (object.currency != null)
                    if (typeof object.currency !== "string" || object.currency.length)
                        message.currency = $String(object.currency);
                if (object.terminalId != null)
                    if (typeof object.terminalId !== "string" || object.terminalId.length)
                        message.terminalId = $String(object.terminalId);
                if (object.nonce != null)
                    if (object.nonce.length)
                        if (typeof object.nonce === "string")
                            $util.base64.decode(object.nonce, message.nonce = $util.newBuffer($util.base64.length(object.nonce)), 0);
                        else if (object.nonce.length >= 0)
                            message.nonce = object.nonce;
                if (object.timestampMs != null)
                    if (typeof object.timestampMs === "object" ? object.timestampMs.low || object.timestampMs.high : $Number(object.timestampMs) !== 0)
                        if ($util.Long)
                            message.timestampMs = $util.Long.fromValue(object.timestampMs, false);
                        else if (typeof object.timestampMs === "string")
                            message.timestampMs = $parseInt(object.timestampMs, 10);
                        else if (typeof object.timestampMs === "number")
                            message.timestampMs = object.timestampMs;
                        else if (typeof object.timestampMs === "object")
                            message.timestampMs = new $util.LongBits(object.timestampMs.low >>> 0, object.timestampMs.high >>> 0).toNumber();
                if (object.senderRef != null)
                    if (typeof object.senderRef !== "string" || object.senderRef.length)
                        message.senderRef = $String(object.senderRef);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.sealmatch.v1.TransactionKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "TRANSACTION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "TRANSACTION_KIND_WITHDRAWAL":
                    case 1:
                        message.kind = 1;
                        break;
                    case "TRANSACTION_KIND_TOP_UP":
                    case 2:
                        message.kind = 2;
                        break;
                    case "TRANSACTION_KIND_ENROLLMENT":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Transaction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {sealmatch.v1.Transaction} message Transaction
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Transaction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.amountMinor = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.amountMinor = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.currency = "";
                    object.terminalId = "";
                    if (options.bytes === $String)
                        object.nonce = "";
                    else {
                        object.nonce = [];
                        if (options.bytes !== $Array)
                            object.nonce = $util.newBuffer(object.nonce);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.senderRef = "";
                    object.kind = options.enums === $String ? "TRANSACTION_KIND_UNSPECIFIED" : 0;
                }
                if (message.amountMinor != null && $Object.hasOwnProperty.call(message, "amountMinor"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.amountMinor = typeof message.amountMinor === "number" ? $BigInt(message.amountMinor) : $util.Long.fromBits(message.amountMinor.low >>> 0, message.amountMinor.high >>> 0, false).toBigInt();
                    else if (typeof message.amountMinor === "number")
                        object.amountMinor = options.longs === $String ? $String(message.amountMinor) : message.amountMinor;
                    else
                        object.amountMinor = options.longs === $String ? $util.Long.prototype.toString.call(message.amountMinor) : options.longs === $Number ? new $util.LongBits(message.amountMinor.low >>> 0, message.amountMinor.high >>> 0).toNumber() : message.amountMinor;
                if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                    object.currency = message.currency;
                if (message.terminalId != null && $Object.hasOwnProperty.call(message, "terminalId"))
                    object.terminalId = message.terminalId;
                if (message.nonce != null && $Object.hasOwnProperty.call(message, "nonce"))
                    object.nonce = options.bytes === $String ? $util.base64.encode(message.nonce, 0, message.nonce.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.nonce) : message.nonce;
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timestampMs = typeof message.timestampMs === "number" ? $BigInt(message.timestampMs) : $util.Long.fromBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timestampMs === "number")
                        object.timestampMs = options.longs === $String ? $String(message.timestampMs) : message.timestampMs;
                    else
                        object.timestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timestampMs) : options.longs === $Number ? new $util.LongBits(message.timestampMs.low >>> 0, message.timestampMs.high >>> 0).toNumber() : message.timestampMs;
                if (message.senderRef != null && $Object.hasOwnProperty.call(message, "senderRef"))
                    object.senderRef = message.senderRef;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.sealmatch.v1.TransactionKind[message.kind] === $undefined ? message.kind : $root.sealmatch.v1.TransactionKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this Transaction to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.Transaction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Transaction.prototype.toJSON = function() {
                return Transaction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Transaction
             * @function getTypeUrl
             * @memberof sealmatch.v1.Transaction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Transaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.Transaction";
            };

            return Transaction;
        })();

        v1.EncryptedTemplate = (function() {

            /**
             * Properties of an EncryptedTemplate.
             * @typedef {Object} sealmatch.v1.EncryptedTemplate.$Properties
             * @property {string|null} [parameterSetId] EncryptedTemplate parameterSetId
             * @property {string|null} [subjectRef] EncryptedTemplate subjectRef
             * @property {number|null} [dim] EncryptedTemplate dim
             * @property {Uint8Array|null} [ciphertext] EncryptedTemplate ciphertext
             * @property {sealmatch.v1.Modality|null} [modality] EncryptedTemplate modality
             * @property {Uint8Array|null} [heKeyId] EncryptedTemplate heKeyId
             * @property {Uint8Array|null} [macEnvelope] EncryptedTemplate macEnvelope
             * @property {Array.<number>|null} [partDims] EncryptedTemplate partDims
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EncryptedTemplate.
             * @memberof sealmatch.v1
             * @interface IEncryptedTemplate
             * @augments sealmatch.v1.EncryptedTemplate.$Properties
             * @deprecated Use sealmatch.v1.EncryptedTemplate.$Properties instead.
             */

            /**
             * Shape of an EncryptedTemplate.
             * @typedef {sealmatch.v1.EncryptedTemplate.$Properties} sealmatch.v1.EncryptedTemplate.$Shape
             */

            /**
             * Constructs a new EncryptedTemplate.
             * @memberof sealmatch.v1
             * @classdesc Represents an EncryptedTemplate.
             * @constructor
             * @param {sealmatch.v1.EncryptedTemplate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EncryptedTemplate = function (properties) {
                this.partDims = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EncryptedTemplate parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.parameterSetId = "";

            /**
             * EncryptedTemplate subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.subjectRef = "";

            /**
             * EncryptedTemplate dim.
             * @member {number} dim
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.dim = 0;

            /**
             * EncryptedTemplate ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.ciphertext = $util.newBuffer([]);

            /**
             * EncryptedTemplate modality.
             * @member {sealmatch.v1.Modality} modality
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.modality = 0;

            /**
             * EncryptedTemplate heKeyId.
             * @member {Uint8Array} heKeyId
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.heKeyId = $util.newBuffer([]);

            /**
             * EncryptedTemplate macEnvelope.
             * @member {Uint8Array} macEnvelope
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.macEnvelope = $util.newBuffer([]);

            /**
             * EncryptedTemplate partDims.
             * @member {Array.<number>} partDims
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             */
            EncryptedTemplate.prototype.partDims = $util.emptyArray;

            /**
             * Creates a new EncryptedTemplate instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {sealmatch.v1.EncryptedTemplate.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.EncryptedTemplate} EncryptedTemplate instance
             * @type {{
             *   (properties: sealmatch.v1.EncryptedTemplate.$Shape): sealmatch.v1.EncryptedTemplate & sealmatch.v1.EncryptedTemplate.$Shape;
             *   (properties?: sealmatch.v1.EncryptedTemplate.$Properties): sealmatch.v1.EncryptedTemplate;
             * }}
             */
            EncryptedTemplate.create = function(properties) {
                return new EncryptedTemplate(properties);
            };

            /**
             * Encodes the specified EncryptedTemplate message. Does not implicitly {@link sealmatch.v1.EncryptedTemplate.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {sealmatch.v1.EncryptedTemplate.$Properties} message EncryptedTemplate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EncryptedTemplate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subjectRef);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.dim);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality") && message.modality !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.modality);
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId") && message.heKeyId.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.heKeyId);
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope") && message.macEnvelope.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.macEnvelope);
                if (message.partDims != null && message.partDims.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).uint32s(message.partDims);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EncryptedTemplate message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.EncryptedTemplate & sealmatch.v1.EncryptedTemplate.$Shape} EncryptedTemplate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EncryptedTemplate.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.EncryptedTemplate();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.modality = value;
                            else
                                delete message.modality;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.heKeyId = value;
                            else
                                delete message.heKeyId;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.macEnvelope = value;
                            else
                                delete message.macEnvelope;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.partDims && message.partDims.length))
                                    message.partDims = [];
                                reader.uint32s(message.partDims);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partDims && message.partDims.length))
                                message.partDims = [];
                            message.partDims.push(reader.uint32());
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
             * Verifies an EncryptedTemplate message.
             * @function verify
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EncryptedTemplate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    if (!(message.ciphertext && typeof message.ciphertext.length === "number" || $util.isString(message.ciphertext)))
                        return "ciphertext: buffer expected";
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    if (typeof message.modality !== "number" || (message.modality | 0) !== message.modality)
                        return "modality: enum value expected";
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    if (!(message.heKeyId && typeof message.heKeyId.length === "number" || $util.isString(message.heKeyId)))
                        return "heKeyId: buffer expected";
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    if (!(message.macEnvelope && typeof message.macEnvelope.length === "number" || $util.isString(message.macEnvelope)))
                        return "macEnvelope: buffer expected";
                if (message.partDims != null && $Object.hasOwnProperty.call(message, "partDims")) {
                    if (!$Array.isArray(message.partDims))
                        return "partDims: array expected";
                    for (let i = 0; i < message.partDims.length; ++i)
                        if (!$util.isInteger(message.partDims[i]))
                            return "partDims: integer[] expected";
                }
                return null;
            };

            /**
             * Creates an EncryptedTemplate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.EncryptedTemplate} EncryptedTemplate
             */
            EncryptedTemplate.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.EncryptedTemplate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.EncryptedTemplate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.EncryptedTemplate();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                if (object.ciphertext != null)
                    if (object.ciphertext.length)
                        if (typeof object.ciphertext === "string")
                            $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                        else if (object.ciphertext.length >= 0)
                            message.ciphertext = object.ciphertext;
                if (object.modality !== 0 && (typeof object.modality !== "string" || $root.sealmatch.v1.Modality[object.modality] !== 0))
                    switch (object.modality) {
                    case "MODALITY_UNSPECIFIED":
                    case 0:
                        message.modality = 0;
                        break;
                    case "MODALITY_FACE":
                    case 1:
                        message.modality = 1;
                        break;
                    case "MODALITY_FINGER":
                    case 2:
                        message.modality = 2;
                        break;
                    case "MODALITY_FINGER_FINGER":
                    case 3:
                        message.modality = 3;
                        break;
                    case "MODALITY_FACE_FINGER":
                    case 4:
                        message.modality = 4;
                        break;
                    default:
                        if (typeof object.modality === "number" && (object.modality | 0) === object.modality)
                            message.modality = object.modality;
                    }
                if (object.heKeyId != null)
                    if (object.heKeyId.length)
                        if (typeof object.heKeyId === "string")
                            $util.base64.decode(object.heKeyId, message.heKeyId = $util.newBuffer($util.base64.length(object.heKeyId)), 0);
                        else if (object.heKeyId.length >= 0)
                            message.heKeyId = object.heKeyId;
                if (object.macEnvelope != null)
                    if (object.macEnvelope.length)
                        if (typeof object.macEnvelope === "string")
                            $util.base64.decode(object.macEnvelope, message.macEnvelope = $util.newBuffer($util.base64.length(object.macEnvelope)), 0);
                        else if (object.macEnvelope.length >= 0)
                            message.macEnvelope = object.macEnvelope;
                if (object.partDims) {
                    if (!$Array.isArray(object.partDims))
                        throw $TypeError(".sealmatch.v1.EncryptedTemplate.partDims: array expected");
                    message.partDims = $Array(object.partDims.length);
                    for (let i = 0; i < object.partDims.length; ++i)
                        message.partDims[i] = object.partDims[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from an EncryptedTemplate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {sealmatch.v1.EncryptedTemplate} message EncryptedTemplate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EncryptedTemplate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.partDims = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.subjectRef = "";
                    object.dim = 0;
                    if (options.bytes === $String)
                        object.ciphertext = "";
                    else {
                        object.ciphertext = [];
                        if (options.bytes !== $Array)
                            object.ciphertext = $util.newBuffer(object.ciphertext);
                    }
                    object.modality = options.enums === $String ? "MODALITY_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.heKeyId = "";
                    else {
                        object.heKeyId = [];
                        if (options.bytes !== $Array)
                            object.heKeyId = $util.newBuffer(object.heKeyId);
                    }
                    if (options.bytes === $String)
                        object.macEnvelope = "";
                    else {
                        object.macEnvelope = [];
                        if (options.bytes !== $Array)
                            object.macEnvelope = $util.newBuffer(object.macEnvelope);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    object.modality = options.enums === $String ? $root.sealmatch.v1.Modality[message.modality] === $undefined ? message.modality : $root.sealmatch.v1.Modality[message.modality] : message.modality;
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    object.heKeyId = options.bytes === $String ? $util.base64.encode(message.heKeyId, 0, message.heKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.heKeyId) : message.heKeyId;
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    object.macEnvelope = options.bytes === $String ? $util.base64.encode(message.macEnvelope, 0, message.macEnvelope.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.macEnvelope) : message.macEnvelope;
                if (message.partDims && message.partDims.length) {
                    object.partDims = $Array(message.partDims.length);
                    for (let j = 0; j < message.partDims.length; ++j)
                        object.partDims[j] = message.partDims[j];
                }
                return object;
            };

            /**
             * Converts this EncryptedTemplate to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.EncryptedTemplate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EncryptedTemplate.prototype.toJSON = function() {
                return EncryptedTemplate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EncryptedTemplate
             * @function getTypeUrl
             * @memberof sealmatch.v1.EncryptedTemplate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EncryptedTemplate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.EncryptedTemplate";
            };

            return EncryptedTemplate;
        })();

        v1.OfficerApproval = (function() {

            /**
             * Properties of an OfficerApproval.
             * @typedef {Object} sealmatch.v1.OfficerApproval.$Properties
             * @property {Uint8Array|null} [officerKeyId] OfficerApproval officerKeyId
             * @property {Uint8Array|null} [signature] OfficerApproval signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an OfficerApproval.
             * @memberof sealmatch.v1
             * @interface IOfficerApproval
             * @augments sealmatch.v1.OfficerApproval.$Properties
             * @deprecated Use sealmatch.v1.OfficerApproval.$Properties instead.
             */

            /**
             * Shape of an OfficerApproval.
             * @typedef {sealmatch.v1.OfficerApproval.$Properties} sealmatch.v1.OfficerApproval.$Shape
             */

            /**
             * Constructs a new OfficerApproval.
             * @memberof sealmatch.v1
             * @classdesc Represents an OfficerApproval.
             * @constructor
             * @param {sealmatch.v1.OfficerApproval.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const OfficerApproval = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * OfficerApproval officerKeyId.
             * @member {Uint8Array} officerKeyId
             * @memberof sealmatch.v1.OfficerApproval
             * @instance
             */
            OfficerApproval.prototype.officerKeyId = $util.newBuffer([]);

            /**
             * OfficerApproval signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.OfficerApproval
             * @instance
             */
            OfficerApproval.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new OfficerApproval instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {sealmatch.v1.OfficerApproval.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.OfficerApproval} OfficerApproval instance
             * @type {{
             *   (properties: sealmatch.v1.OfficerApproval.$Shape): sealmatch.v1.OfficerApproval & sealmatch.v1.OfficerApproval.$Shape;
             *   (properties?: sealmatch.v1.OfficerApproval.$Properties): sealmatch.v1.OfficerApproval;
             * }}
             */
            OfficerApproval.create = function(properties) {
                return new OfficerApproval(properties);
            };

            /**
             * Encodes the specified OfficerApproval message. Does not implicitly {@link sealmatch.v1.OfficerApproval.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {sealmatch.v1.OfficerApproval.$Properties} message OfficerApproval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            OfficerApproval.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId") && message.officerKeyId.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.officerKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an OfficerApproval message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.OfficerApproval & sealmatch.v1.OfficerApproval.$Shape} OfficerApproval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            OfficerApproval.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.OfficerApproval();
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
                                message.officerKeyId = value;
                            else
                                delete message.officerKeyId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Verifies an OfficerApproval message.
             * @function verify
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            OfficerApproval.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId"))
                    if (!(message.officerKeyId && typeof message.officerKeyId.length === "number" || $util.isString(message.officerKeyId)))
                        return "officerKeyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates an OfficerApproval message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.OfficerApproval} OfficerApproval
             */
            OfficerApproval.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.OfficerApproval)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.OfficerApproval: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.OfficerApproval();
                if (object.officerKeyId != null)
                    if (object.officerKeyId.length)
                        if (typeof object.officerKeyId === "string")
                            $util.base64.decode(object.officerKeyId, message.officerKeyId = $util.newBuffer($util.base64.length(object.officerKeyId)), 0);
                        else if (object.officerKeyId.length >= 0)
                            message.officerKeyId = object.officerKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from an OfficerApproval message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {sealmatch.v1.OfficerApproval} message OfficerApproval
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            OfficerApproval.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.officerKeyId = "";
                    else {
                        object.officerKeyId = [];
                        if (options.bytes !== $Array)
                            object.officerKeyId = $util.newBuffer(object.officerKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.officerKeyId != null && $Object.hasOwnProperty.call(message, "officerKeyId"))
                    object.officerKeyId = options.bytes === $String ? $util.base64.encode(message.officerKeyId, 0, message.officerKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.officerKeyId) : message.officerKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            /**
             * Converts this OfficerApproval to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.OfficerApproval
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            OfficerApproval.prototype.toJSON = function() {
                return OfficerApproval.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for OfficerApproval
             * @function getTypeUrl
             * @memberof sealmatch.v1.OfficerApproval
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            OfficerApproval.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.OfficerApproval";
            };

            return OfficerApproval;
        })();

        v1.EnrollRequest = (function() {

            /**
             * Properties of an EnrollRequest.
             * @typedef {Object} sealmatch.v1.EnrollRequest.$Properties
             * @property {sealmatch.v1.EncryptedTemplate.$Properties|null} [template] EnrollRequest template
             * @property {sealmatch.v1.Transaction.$Properties|null} [transaction] EnrollRequest transaction
             * @property {sealmatch.v1.OfficerApproval.$Properties|null} [approval] EnrollRequest approval
             * @property {boolean|null} [replace] EnrollRequest replace
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnrollRequest.
             * @memberof sealmatch.v1
             * @interface IEnrollRequest
             * @augments sealmatch.v1.EnrollRequest.$Properties
             * @deprecated Use sealmatch.v1.EnrollRequest.$Properties instead.
             */

            /**
             * Shape of an EnrollRequest.
             * @typedef {sealmatch.v1.EnrollRequest.$Properties} sealmatch.v1.EnrollRequest.$Shape
             */

            /**
             * Constructs a new EnrollRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents an EnrollRequest.
             * @constructor
             * @param {sealmatch.v1.EnrollRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnrollRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnrollRequest template.
             * @member {sealmatch.v1.EncryptedTemplate.$Properties|null|undefined} template
             * @memberof sealmatch.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.template = null;

            /**
             * EnrollRequest transaction.
             * @member {sealmatch.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof sealmatch.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.transaction = null;

            /**
             * EnrollRequest approval.
             * @member {sealmatch.v1.OfficerApproval.$Properties|null|undefined} approval
             * @memberof sealmatch.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.approval = null;

            /**
             * EnrollRequest replace.
             * @member {boolean} replace
             * @memberof sealmatch.v1.EnrollRequest
             * @instance
             */
            EnrollRequest.prototype.replace = false;

            /**
             * Creates a new EnrollRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {sealmatch.v1.EnrollRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.EnrollRequest} EnrollRequest instance
             * @type {{
             *   (properties: sealmatch.v1.EnrollRequest.$Shape): sealmatch.v1.EnrollRequest & sealmatch.v1.EnrollRequest.$Shape;
             *   (properties?: sealmatch.v1.EnrollRequest.$Properties): sealmatch.v1.EnrollRequest;
             * }}
             */
            EnrollRequest.create = function(properties) {
                return new EnrollRequest(properties);
            };

            /**
             * Encodes the specified EnrollRequest message. Does not implicitly {@link sealmatch.v1.EnrollRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {sealmatch.v1.EnrollRequest.$Properties} message EnrollRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnrollRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    $root.sealmatch.v1.EncryptedTemplate.encode(message.template, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    $root.sealmatch.v1.Transaction.encode(message.transaction, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval"))
                    $root.sealmatch.v1.OfficerApproval.encode(message.approval, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.replace != null && $Object.hasOwnProperty.call(message, "replace") && message.replace !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.replace);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnrollRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.EnrollRequest & sealmatch.v1.EnrollRequest.$Shape} EnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnrollRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.EnrollRequest();
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
                            message.template = $root.sealmatch.v1.EncryptedTemplate.decode(reader, reader.size(), $undefined, _depth + 1, message.template);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.transaction = $root.sealmatch.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.transaction);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.approval = $root.sealmatch.v1.OfficerApproval.decode(reader, reader.size(), $undefined, _depth + 1, message.approval);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.replace = value;
                            else
                                delete message.replace;
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
             * Verifies an EnrollRequest message.
             * @function verify
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnrollRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.template != null && $Object.hasOwnProperty.call(message, "template")) {
                    let error = $root.sealmatch.v1.EncryptedTemplate.verify(message.template, _depth + 1);
                    if (error)
                        return "template." + error;
                }
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction")) {
                    let error = $root.sealmatch.v1.Transaction.verify(message.transaction, _depth + 1);
                    if (error)
                        return "transaction." + error;
                }
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval")) {
                    let error = $root.sealmatch.v1.OfficerApproval.verify(message.approval, _depth + 1);
                    if (error)
                        return "approval." + error;
                }
                if (message.replace != null && $Object.hasOwnProperty.call(message, "replace"))
                    if (typeof message.replace !== "boolean")
                        return "replace: boolean expected";
                return null;
            };

            /**
             * Creates an EnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.EnrollRequest} EnrollRequest
             */
            EnrollRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.EnrollRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.EnrollRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.EnrollRequest();
                if (object.template != null) {
                    if (!$util.isObject(object.template))
                        throw $TypeError(".sealmatch.v1.EnrollRequest.template: object expected");
                    message.template = $root.sealmatch.v1.EncryptedTemplate.fromObject(object.template, _depth + 1);
                }
                if (object.transaction != null) {
                    if (!$util.isObject(object.transaction))
                        throw $TypeError(".sealmatch.v1.EnrollRequest.transaction: object expected");
                    message.transaction = $root.sealmatch.v1.Transaction.fromObject(object.transaction, _depth + 1);
                }
                if (object.approval != null) {
                    if (!$util.isObject(object.approval))
                        throw $TypeError(".sealmatch.v1.EnrollRequest.approval: object expected");
                    message.approval = $root.sealmatch.v1.OfficerApproval.fromObject(object.approval, _depth + 1);
                }
                if (object.replace != null)
                    if (object.replace)
                        message.replace = $Boolean(object.replace);
                return message;
            };

            /**
             * Creates a plain object from an EnrollRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {sealmatch.v1.EnrollRequest} message EnrollRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnrollRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.template = null;
                    object.transaction = null;
                    object.approval = null;
                    object.replace = false;
                }
                if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                    object.template = $root.sealmatch.v1.EncryptedTemplate.toObject(message.template, options, _depth + 1);
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    object.transaction = $root.sealmatch.v1.Transaction.toObject(message.transaction, options, _depth + 1);
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval"))
                    object.approval = $root.sealmatch.v1.OfficerApproval.toObject(message.approval, options, _depth + 1);
                if (message.replace != null && $Object.hasOwnProperty.call(message, "replace"))
                    object.replace = message.replace;
                return object;
            };

            /**
             * Converts this EnrollRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.EnrollRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnrollRequest.prototype.toJSON = function() {
                return EnrollRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnrollRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.EnrollRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnrollRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.EnrollRequest";
            };

            return EnrollRequest;
        })();

        v1.VerifyRequest = (function() {

            /**
             * Properties of a VerifyRequest.
             * @typedef {Object} sealmatch.v1.VerifyRequest.$Properties
             * @property {string|null} [parameterSetId] VerifyRequest parameterSetId
             * @property {string|null} [subjectRef] VerifyRequest subjectRef
             * @property {number|null} [dim] VerifyRequest dim
             * @property {Uint8Array|null} [probe] VerifyRequest probe
             * @property {sealmatch.v1.Transaction.$Properties|null} [transaction] VerifyRequest transaction
             * @property {sealmatch.v1.Modality|null} [modality] VerifyRequest modality
             * @property {sealmatch.v1.SecondaryProbe.$Properties|null} [fused] VerifyRequest fused
             * @property {Uint8Array|null} [heKeyId] VerifyRequest heKeyId
             * @property {Uint8Array|null} [macEnvelope] VerifyRequest macEnvelope
             * @property {Array.<number>|null} [partDims] VerifyRequest partDims
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VerifyRequest.
             * @memberof sealmatch.v1
             * @interface IVerifyRequest
             * @augments sealmatch.v1.VerifyRequest.$Properties
             * @deprecated Use sealmatch.v1.VerifyRequest.$Properties instead.
             */

            /**
             * Shape of a VerifyRequest.
             * @typedef {sealmatch.v1.VerifyRequest.$Properties} sealmatch.v1.VerifyRequest.$Shape
             */

            /**
             * Constructs a new VerifyRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a VerifyRequest.
             * @constructor
             * @param {sealmatch.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VerifyRequest = function (properties) {
                this.partDims = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VerifyRequest parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.parameterSetId = "";

            /**
             * VerifyRequest subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.subjectRef = "";

            /**
             * VerifyRequest dim.
             * @member {number} dim
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.dim = 0;

            /**
             * VerifyRequest probe.
             * @member {Uint8Array} probe
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.probe = $util.newBuffer([]);

            /**
             * VerifyRequest transaction.
             * @member {sealmatch.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.transaction = null;

            /**
             * VerifyRequest modality.
             * @member {sealmatch.v1.Modality} modality
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.modality = 0;

            /**
             * VerifyRequest fused.
             * @member {sealmatch.v1.SecondaryProbe.$Properties|null|undefined} fused
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.fused = null;

            /**
             * VerifyRequest heKeyId.
             * @member {Uint8Array} heKeyId
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.heKeyId = $util.newBuffer([]);

            /**
             * VerifyRequest macEnvelope.
             * @member {Uint8Array} macEnvelope
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.macEnvelope = $util.newBuffer([]);

            /**
             * VerifyRequest partDims.
             * @member {Array.<number>} partDims
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             */
            VerifyRequest.prototype.partDims = $util.emptyArray;

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {sealmatch.v1.VerifyRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.VerifyRequest} VerifyRequest instance
             * @type {{
             *   (properties: sealmatch.v1.VerifyRequest.$Shape): sealmatch.v1.VerifyRequest & sealmatch.v1.VerifyRequest.$Shape;
             *   (properties?: sealmatch.v1.VerifyRequest.$Properties): sealmatch.v1.VerifyRequest;
             * }}
             */
            VerifyRequest.create = function(properties) {
                return new VerifyRequest(properties);
            };

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link sealmatch.v1.VerifyRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {sealmatch.v1.VerifyRequest.$Properties} message VerifyRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VerifyRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subjectRef);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.dim);
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe") && message.probe.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.probe);
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    $root.sealmatch.v1.Transaction.encode(message.transaction, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality") && message.modality !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.modality);
                if (message.fused != null && $Object.hasOwnProperty.call(message, "fused"))
                    $root.sealmatch.v1.SecondaryProbe.encode(message.fused, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId") && message.heKeyId.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.heKeyId);
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope") && message.macEnvelope.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.macEnvelope);
                if (message.partDims != null && message.partDims.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).uint32s(message.partDims);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.VerifyRequest & sealmatch.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VerifyRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.VerifyRequest();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.probe = value;
                            else
                                delete message.probe;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.transaction = $root.sealmatch.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.transaction);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.modality = value;
                            else
                                delete message.modality;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.fused = $root.sealmatch.v1.SecondaryProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.fused);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.heKeyId = value;
                            else
                                delete message.heKeyId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.macEnvelope = value;
                            else
                                delete message.macEnvelope;
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.partDims && message.partDims.length))
                                    message.partDims = [];
                                reader.uint32s(message.partDims);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.partDims && message.partDims.length))
                                message.partDims = [];
                            message.partDims.push(reader.uint32());
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
             * Verifies a VerifyRequest message.
             * @function verify
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VerifyRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    if (!(message.probe && typeof message.probe.length === "number" || $util.isString(message.probe)))
                        return "probe: buffer expected";
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction")) {
                    let error = $root.sealmatch.v1.Transaction.verify(message.transaction, _depth + 1);
                    if (error)
                        return "transaction." + error;
                }
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    if (typeof message.modality !== "number" || (message.modality | 0) !== message.modality)
                        return "modality: enum value expected";
                if (message.fused != null && $Object.hasOwnProperty.call(message, "fused")) {
                    let error = $root.sealmatch.v1.SecondaryProbe.verify(message.fused, _depth + 1);
                    if (error)
                        return "fused." + error;
                }
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    if (!(message.heKeyId && typeof message.heKeyId.length === "number" || $util.isString(message.heKeyId)))
                        return "heKeyId: buffer expected";
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    if (!(message.macEnvelope && typeof message.macEnvelope.length === "number" || $util.isString(message.macEnvelope)))
                        return "macEnvelope: buffer expected";
                if (message.partDims != null && $Object.hasOwnProperty.call(message, "partDims")) {
                    if (!$Array.isArray(message.partDims))
                        return "partDims: array expected";
                    for (let i = 0; i < message.partDims.length; ++i)
                        if (!$util.isInteger(message.partDims[i]))
                            return "partDims: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.VerifyRequest} VerifyRequest
             */
            VerifyRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.VerifyRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.VerifyRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.VerifyRequest();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                if (object.probe != null)
                    if (object.probe.length)
                        if (typeof object.probe === "string")
                            $util.base64.decode(object.probe, message.probe = $util.newBuffer($util.base64.length(object.probe)), 0);
                        else if (object.probe.length >= 0)
                            message.probe = object.probe;
                if (object.transaction != null) {
                    if (!$util.isObject(object.transaction))
                        throw $TypeError(".sealmatch.v1.VerifyRequest.transaction: object expected");
                    message.transaction = $root.sealmatch.v1.Transaction.fromObject(object.transaction, _depth + 1);
                }
                if (object.modality !== 0 && (typeof object.modality !== "string" || $root.sealmatch.v1.Modality[object.modality] !== 0))
                    switch (object.modality) {
                    case "MODALITY_UNSPECIFIED":
                    case 0:
                        message.modality = 0;
                        break;
                    case "MODALITY_FACE":
                    case 1:
                        message.modality = 1;
                        break;
                    case "MODALITY_FINGER":
                    case 2:
                        message.modality = 2;
                        break;
                    case "MODALITY_FINGER_FINGER":
                    case 3:
                        message.modality = 3;
                        break;
                    case "MODALITY_FACE_FINGER":
                    case 4:
                        message.modality = 4;
                        break;
                    default:
                        if (typeof object.modality === "number" && (object.modality | 0) === object.modality)
                            message.modality = object.modality;
                    }
                if (object.fused != null) {
                    if (!$util.isObject(object.fused))
                        throw $TypeError(".sealmatch.v1.VerifyRequest.fused: object expected");
                    message.fused = $root.sealmatch.v1.SecondaryProbe.fromObject(object.fused, _depth + 1);
                }
                if (object.heKeyId != null)
                    if (object.heKeyId.length)
                        if (typeof object.heKeyId === "string")
                            $util.base64.decode(object.heKeyId, message.heKeyId = $util.newBuffer($util.base64.length(object.heKeyId)), 0);
                        else if (object.heKeyId.length >= 0)
                            message.heKeyId = object.heKeyId;
                if (object.macEnvelope != null)
                    if (object.macEnvelope.length)
                        if (typeof object.macEnvelope === "string")
                            $util.base64.decode(object.macEnvelope, message.macEnvelope = $util.newBuffer($util.base64.length(object.macEnvelope)), 0);
                        else if (object.macEnvelope.length >= 0)
                            message.macEnvelope = object.macEnvelope;
                if (object.partDims) {
                    if (!$Array.isArray(object.partDims))
                        throw $TypeError(".sealmatch.v1.VerifyRequest.partDims: array expected");
                    message.partDims = $Array(object.partDims.length);
                    for (let i = 0; i < object.partDims.length; ++i)
                        message.partDims[i] = object.partDims[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {sealmatch.v1.VerifyRequest} message VerifyRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VerifyRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.partDims = [];
                if (options.defaults) {
                    object.parameterSetId = "";
                    object.subjectRef = "";
                    object.dim = 0;
                    if (options.bytes === $String)
                        object.probe = "";
                    else {
                        object.probe = [];
                        if (options.bytes !== $Array)
                            object.probe = $util.newBuffer(object.probe);
                    }
                    object.transaction = null;
                    object.modality = options.enums === $String ? "MODALITY_UNSPECIFIED" : 0;
                    object.fused = null;
                    if (options.bytes === $String)
                        object.heKeyId = "";
                    else {
                        object.heKeyId = [];
                        if (options.bytes !== $Array)
                            object.heKeyId = $util.newBuffer(object.heKeyId);
                    }
                    if (options.bytes === $String)
                        object.macEnvelope = "";
                    else {
                        object.macEnvelope = [];
                        if (options.bytes !== $Array)
                            object.macEnvelope = $util.newBuffer(object.macEnvelope);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    object.probe = options.bytes === $String ? $util.base64.encode(message.probe, 0, message.probe.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.probe) : message.probe;
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    object.transaction = $root.sealmatch.v1.Transaction.toObject(message.transaction, options, _depth + 1);
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    object.modality = options.enums === $String ? $root.sealmatch.v1.Modality[message.modality] === $undefined ? message.modality : $root.sealmatch.v1.Modality[message.modality] : message.modality;
                if (message.fused != null && $Object.hasOwnProperty.call(message, "fused"))
                    object.fused = $root.sealmatch.v1.SecondaryProbe.toObject(message.fused, options, _depth + 1);
                if (message.heKeyId != null && $Object.hasOwnProperty.call(message, "heKeyId"))
                    object.heKeyId = options.bytes === $String ? $util.base64.encode(message.heKeyId, 0, message.heKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.heKeyId) : message.heKeyId;
                if (message.macEnvelope != null && $Object.hasOwnProperty.call(message, "macEnvelope"))
                    object.macEnvelope = options.bytes === $String ? $util.base64.encode(message.macEnvelope, 0, message.macEnvelope.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.macEnvelope) : message.macEnvelope;
                if (message.partDims && message.partDims.length) {
                    object.partDims = $Array(message.partDims.length);
                    for (let j = 0; j < message.partDims.length; ++j)
                        object.partDims[j] = message.partDims[j];
                }
                return object;
            };

            /**
             * Converts this VerifyRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.VerifyRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VerifyRequest.prototype.toJSON = function() {
                return VerifyRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VerifyRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.VerifyRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VerifyRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.VerifyRequest";
            };

            return VerifyRequest;
        })();

        v1.SecondaryProbe = (function() {

            /**
             * Properties of a SecondaryProbe.
             * @typedef {Object} sealmatch.v1.SecondaryProbe.$Properties
             * @property {sealmatch.v1.Modality|null} [modality] SecondaryProbe modality
             * @property {number|null} [dim] SecondaryProbe dim
             * @property {Uint8Array|null} [probe] SecondaryProbe probe
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecondaryProbe.
             * @memberof sealmatch.v1
             * @interface ISecondaryProbe
             * @augments sealmatch.v1.SecondaryProbe.$Properties
             * @deprecated Use sealmatch.v1.SecondaryProbe.$Properties instead.
             */

            /**
             * Shape of a SecondaryProbe.
             * @typedef {sealmatch.v1.SecondaryProbe.$Properties} sealmatch.v1.SecondaryProbe.$Shape
             */

            /**
             * Constructs a new SecondaryProbe.
             * @memberof sealmatch.v1
             * @classdesc Represents a SecondaryProbe.
             * @constructor
             * @param {sealmatch.v1.SecondaryProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecondaryProbe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecondaryProbe modality.
             * @member {sealmatch.v1.Modality} modality
             * @memberof sealmatch.v1.SecondaryProbe
             * @instance
             */
            SecondaryProbe.prototype.modality = 0;

            /**
             * SecondaryProbe dim.
             * @member {number} dim
             * @memberof sealmatch.v1.SecondaryProbe
             * @instance
             */
            SecondaryProbe.prototype.dim = 0;

            /**
             * SecondaryProbe probe.
             * @member {Uint8Array} probe
             * @memberof sealmatch.v1.SecondaryProbe
             * @instance
             */
            SecondaryProbe.prototype.probe = $util.newBuffer([]);

            /**
             * Creates a new SecondaryProbe instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {sealmatch.v1.SecondaryProbe.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SecondaryProbe} SecondaryProbe instance
             * @type {{
             *   (properties: sealmatch.v1.SecondaryProbe.$Shape): sealmatch.v1.SecondaryProbe & sealmatch.v1.SecondaryProbe.$Shape;
             *   (properties?: sealmatch.v1.SecondaryProbe.$Properties): sealmatch.v1.SecondaryProbe;
             * }}
             */
            SecondaryProbe.create = function(properties) {
                return new SecondaryProbe(properties);
            };

            /**
             * Encodes the specified SecondaryProbe message. Does not implicitly {@link sealmatch.v1.SecondaryProbe.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {sealmatch.v1.SecondaryProbe.$Properties} message SecondaryProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecondaryProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality") && message.modality !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.modality);
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim") && message.dim !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dim);
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe") && message.probe.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.probe);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecondaryProbe message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SecondaryProbe & sealmatch.v1.SecondaryProbe.$Shape} SecondaryProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecondaryProbe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SecondaryProbe();
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
                            if (value = reader.int32())
                                message.modality = value;
                            else
                                delete message.modality;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dim = value;
                            else
                                delete message.dim;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.probe = value;
                            else
                                delete message.probe;
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
             * Verifies a SecondaryProbe message.
             * @function verify
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SecondaryProbe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    if (typeof message.modality !== "number" || (message.modality | 0) !== message.modality)
                        return "modality: enum value expected";
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    if (!$util.isInteger(message.dim))
                        return "dim: integer expected";
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    if (!(message.probe && typeof message.probe.length === "number" || $util.isString(message.probe)))
                        return "probe: buffer expected";
                return null;
            };

            /**
             * Creates a SecondaryProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SecondaryProbe} SecondaryProbe
             */
            SecondaryProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SecondaryProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SecondaryProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SecondaryProbe();
                if (object.modality !== 0 && (typeof object.modality !== "string" || $root.sealmatch.v1.Modality[object.modality] !== 0))
                    switch (object.modality) {
                    case "MODALITY_UNSPECIFIED":
                    case 0:
                        message.modality = 0;
                        break;
                    case "MODALITY_FACE":
                    case 1:
                        message.modality = 1;
                        break;
                    case "MODALITY_FINGER":
                    case 2:
                        message.modality = 2;
                        break;
                    case "MODALITY_FINGER_FINGER":
                    case 3:
                        message.modality = 3;
                        break;
                    case "MODALITY_FACE_FINGER":
                    case 4:
                        message.modality = 4;
                        break;
                    default:
                        if (typeof object.modality === "number" && (object.modality | 0) === object.modality)
                            message.modality = object.modality;
                    }
                if (object.dim != null)
                    if ($Number(object.dim) !== 0)
                        message.dim = object.dim >>> 0;
                if (object.probe != null)
                    if (object.probe.length)
                        if (typeof object.probe === "string")
                            $util.base64.decode(object.probe, message.probe = $util.newBuffer($util.base64.length(object.probe)), 0);
                        else if (object.probe.length >= 0)
                            message.probe = object.probe;
                return message;
            };

            /**
             * Creates a plain object from a SecondaryProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {sealmatch.v1.SecondaryProbe} message SecondaryProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SecondaryProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.modality = options.enums === $String ? "MODALITY_UNSPECIFIED" : 0;
                    object.dim = 0;
                    if (options.bytes === $String)
                        object.probe = "";
                    else {
                        object.probe = [];
                        if (options.bytes !== $Array)
                            object.probe = $util.newBuffer(object.probe);
                    }
                }
                if (message.modality != null && $Object.hasOwnProperty.call(message, "modality"))
                    object.modality = options.enums === $String ? $root.sealmatch.v1.Modality[message.modality] === $undefined ? message.modality : $root.sealmatch.v1.Modality[message.modality] : message.modality;
                if (message.dim != null && $Object.hasOwnProperty.call(message, "dim"))
                    object.dim = message.dim;
                if (message.probe != null && $Object.hasOwnProperty.call(message, "probe"))
                    object.probe = options.bytes === $String ? $util.base64.encode(message.probe, 0, message.probe.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.probe) : message.probe;
                return object;
            };

            /**
             * Converts this SecondaryProbe to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SecondaryProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SecondaryProbe.prototype.toJSON = function() {
                return SecondaryProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SecondaryProbe
             * @function getTypeUrl
             * @memberof sealmatch.v1.SecondaryProbe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecondaryProbe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SecondaryProbe";
            };

            return SecondaryProbe;
        })();

        /**
         * BodyType enum.
         * @name sealmatch.v1.BodyType
         * @enum {number}
         * @property {number} BODY_TYPE_UNSPECIFIED=0 BODY_TYPE_UNSPECIFIED value
         * @property {number} BODY_TYPE_VERIFY_REQUEST=1 BODY_TYPE_VERIFY_REQUEST value
         * @property {number} BODY_TYPE_ENROLL_REQUEST=2 BODY_TYPE_ENROLL_REQUEST value
         * @property {number} BODY_TYPE_DELETE_REQUEST=3 BODY_TYPE_DELETE_REQUEST value
         * @property {number} BODY_TYPE_AUTHORIZE_REQUEST=4 BODY_TYPE_AUTHORIZE_REQUEST value
         * @property {number} BODY_TYPE_IDENTIFY_REQUEST=5 BODY_TYPE_IDENTIFY_REQUEST value
         * @property {number} BODY_TYPE_GALLERY_ENROLL_REQUEST=6 BODY_TYPE_GALLERY_ENROLL_REQUEST value
         * @property {number} BODY_TYPE_GALLERY_DELETE_REQUEST=7 BODY_TYPE_GALLERY_DELETE_REQUEST value
         */
        v1.BodyType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BODY_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BODY_TYPE_VERIFY_REQUEST"] = 1;
            values[valuesById[2] = "BODY_TYPE_ENROLL_REQUEST"] = 2;
            values[valuesById[3] = "BODY_TYPE_DELETE_REQUEST"] = 3;
            values[valuesById[4] = "BODY_TYPE_AUTHORIZE_REQUEST"] = 4;
            values[valuesById[5] = "BODY_TYPE_IDENTIFY_REQUEST"] = 5;
            values[valuesById[6] = "BODY_TYPE_GALLERY_ENROLL_REQUEST"] = 6;
            values[valuesById[7] = "BODY_TYPE_GALLERY_DELETE_REQUEST"] = 7;
            return values;
        })();

        v1.SignedRequest = (function() {

            /**
             * Properties of a SignedRequest.
             * @typedef {Object} sealmatch.v1.SignedRequest.$Properties
             * @property {Uint8Array|null} [body] SignedRequest body
             * @property {sealmatch.v1.BodyType|null} [bodyType] SignedRequest bodyType
             * @property {Uint8Array|null} [keyId] SignedRequest keyId
             * @property {Uint8Array|null} [signature] SignedRequest signature
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedRequest.
             * @memberof sealmatch.v1
             * @interface ISignedRequest
             * @augments sealmatch.v1.SignedRequest.$Properties
             * @deprecated Use sealmatch.v1.SignedRequest.$Properties instead.
             */

            /**
             * Shape of a SignedRequest.
             * @typedef {sealmatch.v1.SignedRequest.$Properties} sealmatch.v1.SignedRequest.$Shape
             */

            /**
             * Constructs a new SignedRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a SignedRequest.
             * @constructor
             * @param {sealmatch.v1.SignedRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedRequest body.
             * @member {Uint8Array} body
             * @memberof sealmatch.v1.SignedRequest
             * @instance
             */
            SignedRequest.prototype.body = $util.newBuffer([]);

            /**
             * SignedRequest bodyType.
             * @member {sealmatch.v1.BodyType} bodyType
             * @memberof sealmatch.v1.SignedRequest
             * @instance
             */
            SignedRequest.prototype.bodyType = 0;

            /**
             * SignedRequest keyId.
             * @member {Uint8Array} keyId
             * @memberof sealmatch.v1.SignedRequest
             * @instance
             */
            SignedRequest.prototype.keyId = $util.newBuffer([]);

            /**
             * SignedRequest signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.SignedRequest
             * @instance
             */
            SignedRequest.prototype.signature = $util.newBuffer([]);

            /**
             * Creates a new SignedRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {sealmatch.v1.SignedRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SignedRequest} SignedRequest instance
             * @type {{
             *   (properties: sealmatch.v1.SignedRequest.$Shape): sealmatch.v1.SignedRequest & sealmatch.v1.SignedRequest.$Shape;
             *   (properties?: sealmatch.v1.SignedRequest.$Properties): sealmatch.v1.SignedRequest;
             * }}
             */
            SignedRequest.create = function(properties) {
                return new SignedRequest(properties);
            };

            /**
             * Encodes the specified SignedRequest message. Does not implicitly {@link sealmatch.v1.SignedRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {sealmatch.v1.SignedRequest.$Properties} message SignedRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.body);
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId") && message.keyId.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.keyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType") && message.bodyType !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.bodyType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedRequest & sealmatch.v1.SignedRequest.$Shape} SignedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SignedRequest();
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
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.bodyType = value;
                            else
                                delete message.bodyType;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.keyId = value;
                            else
                                delete message.keyId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
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
             * Verifies a SignedRequest message.
             * @function verify
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    if (!(message.body && typeof message.body.length === "number" || $util.isString(message.body)))
                        return "body: buffer expected";
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    if (typeof message.bodyType !== "number" || (message.bodyType | 0) !== message.bodyType)
                        return "bodyType: enum value expected";
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    if (!(message.keyId && typeof message.keyId.length === "number" || $util.isString(message.keyId)))
                        return "keyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            /**
             * Creates a SignedRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SignedRequest} SignedRequest
             */
            SignedRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SignedRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SignedRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SignedRequest();
                if (object.body != null)
                    if (object.body.length)
                        if (typeof object.body === "string")
                            $util.base64.decode(object.body, message.body = $util.newBuffer($util.base64.length(object.body)), 0);
                        else if (object.body.length >= 0)
                            message.body = object.body;
                if (object.bodyType !== 0 && (typeof object.bodyType !== "string" || $root.sealmatch.v1.BodyType[object.bodyType] !== 0))
                    switch (object.bodyType) {
                    case "BODY_TYPE_UNSPECIFIED":
                    case 0:
                        message.bodyType = 0;
                        break;
                    case "BODY_TYPE_VERIFY_REQUEST":
                    case 1:
                        message.bodyType = 1;
                        break;
                    case "BODY_TYPE_ENROLL_REQUEST":
                    case 2:
                        message.bodyType = 2;
                        break;
                    case "BODY_TYPE_DELETE_REQUEST":
                    case 3:
                        message.bodyType = 3;
                        break;
                    case "BODY_TYPE_AUTHORIZE_REQUEST":
                    case 4:
                        message.bodyType = 4;
                        break;
                    case "BODY_TYPE_IDENTIFY_REQUEST":
                    case 5:
                        message.bodyType = 5;
                        break;
                    case "BODY_TYPE_GALLERY_ENROLL_REQUEST":
                    case 6:
                        message.bodyType = 6;
                        break;
                    case "BODY_TYPE_GALLERY_DELETE_REQUEST":
                    case 7:
                        message.bodyType = 7;
                        break;
                    default:
                        if (typeof object.bodyType === "number" && (object.bodyType | 0) === object.bodyType)
                            message.bodyType = object.bodyType;
                    }
                if (object.keyId != null)
                    if (object.keyId.length)
                        if (typeof object.keyId === "string")
                            $util.base64.decode(object.keyId, message.keyId = $util.newBuffer($util.base64.length(object.keyId)), 0);
                        else if (object.keyId.length >= 0)
                            message.keyId = object.keyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            /**
             * Creates a plain object from a SignedRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {sealmatch.v1.SignedRequest} message SignedRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.body = "";
                    else {
                        object.body = [];
                        if (options.bytes !== $Array)
                            object.body = $util.newBuffer(object.body);
                    }
                    if (options.bytes === $String)
                        object.keyId = "";
                    else {
                        object.keyId = [];
                        if (options.bytes !== $Array)
                            object.keyId = $util.newBuffer(object.keyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    object.bodyType = options.enums === $String ? "BODY_TYPE_UNSPECIFIED" : 0;
                }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = options.bytes === $String ? $util.base64.encode(message.body, 0, message.body.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.body) : message.body;
                if (message.keyId != null && $Object.hasOwnProperty.call(message, "keyId"))
                    object.keyId = options.bytes === $String ? $util.base64.encode(message.keyId, 0, message.keyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.keyId) : message.keyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.bodyType != null && $Object.hasOwnProperty.call(message, "bodyType"))
                    object.bodyType = options.enums === $String ? $root.sealmatch.v1.BodyType[message.bodyType] === $undefined ? message.bodyType : $root.sealmatch.v1.BodyType[message.bodyType] : message.bodyType;
                return object;
            };

            /**
             * Converts this SignedRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SignedRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedRequest.prototype.toJSON = function() {
                return SignedRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.SignedRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SignedRequest";
            };

            return SignedRequest;
        })();

        v1.DeleteRequest = (function() {

            /**
             * Properties of a DeleteRequest.
             * @typedef {Object} sealmatch.v1.DeleteRequest.$Properties
             * @property {string|null} [subjectRef] DeleteRequest subjectRef
             * @property {sealmatch.v1.Transaction.$Properties|null} [transaction] DeleteRequest transaction
             * @property {sealmatch.v1.OfficerApproval.$Properties|null} [approval] DeleteRequest approval
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteRequest.
             * @memberof sealmatch.v1
             * @interface IDeleteRequest
             * @augments sealmatch.v1.DeleteRequest.$Properties
             * @deprecated Use sealmatch.v1.DeleteRequest.$Properties instead.
             */

            /**
             * Shape of a DeleteRequest.
             * @typedef {sealmatch.v1.DeleteRequest.$Properties} sealmatch.v1.DeleteRequest.$Shape
             */

            /**
             * Constructs a new DeleteRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents a DeleteRequest.
             * @constructor
             * @param {sealmatch.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteRequest subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.subjectRef = "";

            /**
             * DeleteRequest transaction.
             * @member {sealmatch.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof sealmatch.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.transaction = null;

            /**
             * DeleteRequest approval.
             * @member {sealmatch.v1.OfficerApproval.$Properties|null|undefined} approval
             * @memberof sealmatch.v1.DeleteRequest
             * @instance
             */
            DeleteRequest.prototype.approval = null;

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {sealmatch.v1.DeleteRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.DeleteRequest} DeleteRequest instance
             * @type {{
             *   (properties: sealmatch.v1.DeleteRequest.$Shape): sealmatch.v1.DeleteRequest & sealmatch.v1.DeleteRequest.$Shape;
             *   (properties?: sealmatch.v1.DeleteRequest.$Properties): sealmatch.v1.DeleteRequest;
             * }}
             */
            DeleteRequest.create = function(properties) {
                return new DeleteRequest(properties);
            };

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link sealmatch.v1.DeleteRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {sealmatch.v1.DeleteRequest.$Properties} message DeleteRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subjectRef);
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    $root.sealmatch.v1.Transaction.encode(message.transaction, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval"))
                    $root.sealmatch.v1.OfficerApproval.encode(message.approval, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeleteRequest & sealmatch.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.DeleteRequest();
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
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.transaction = $root.sealmatch.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.transaction);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.approval = $root.sealmatch.v1.OfficerApproval.decode(reader, reader.size(), $undefined, _depth + 1, message.approval);
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
             * Verifies a DeleteRequest message.
             * @function verify
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeleteRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction")) {
                    let error = $root.sealmatch.v1.Transaction.verify(message.transaction, _depth + 1);
                    if (error)
                        return "transaction." + error;
                }
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval")) {
                    let error = $root.sealmatch.v1.OfficerApproval.verify(message.approval, _depth + 1);
                    if (error)
                        return "approval." + error;
                }
                return null;
            };

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.DeleteRequest} DeleteRequest
             */
            DeleteRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.DeleteRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.DeleteRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.DeleteRequest();
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.transaction != null) {
                    if (!$util.isObject(object.transaction))
                        throw $TypeError(".sealmatch.v1.DeleteRequest.transaction: object expected");
                    message.transaction = $root.sealmatch.v1.Transaction.fromObject(object.transaction, _depth + 1);
                }
                if (object.approval != null) {
                    if (!$util.isObject(object.approval))
                        throw $TypeError(".sealmatch.v1.DeleteRequest.approval: object expected");
                    message.approval = $root.sealmatch.v1.OfficerApproval.fromObject(object.approval, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {sealmatch.v1.DeleteRequest} message DeleteRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeleteRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subjectRef = "";
                    object.transaction = null;
                    object.approval = null;
                }
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    object.transaction = $root.sealmatch.v1.Transaction.toObject(message.transaction, options, _depth + 1);
                if (message.approval != null && $Object.hasOwnProperty.call(message, "approval"))
                    object.approval = $root.sealmatch.v1.OfficerApproval.toObject(message.approval, options, _depth + 1);
                return object;
            };

            /**
             * Converts this DeleteRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.DeleteRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeleteRequest.prototype.toJSON = function() {
                return DeleteRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeleteRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.DeleteRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeleteRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.DeleteRequest";
            };

            return DeleteRequest;
        })();

        v1.BlindedResult = (function() {

            /**
             * Properties of a BlindedResult.
             * @typedef {Object} sealmatch.v1.BlindedResult.$Properties
             * @property {string|null} [parameterSetId] BlindedResult parameterSetId
             * @property {Uint8Array|null} [requestHash] BlindedResult requestHash
             * @property {Uint8Array|null} [ciphertext] BlindedResult ciphertext
             * @property {Uint8Array|null} [evaluation] BlindedResult evaluation
             * @property {number|null} [scoreScale] BlindedResult scoreScale
             * @property {Uint8Array|null} [signedRequest] BlindedResult signedRequest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlindedResult.
             * @memberof sealmatch.v1
             * @interface IBlindedResult
             * @augments sealmatch.v1.BlindedResult.$Properties
             * @deprecated Use sealmatch.v1.BlindedResult.$Properties instead.
             */

            /**
             * Shape of a BlindedResult.
             * @typedef {sealmatch.v1.BlindedResult.$Properties} sealmatch.v1.BlindedResult.$Shape
             */

            /**
             * Constructs a new BlindedResult.
             * @memberof sealmatch.v1
             * @classdesc Represents a BlindedResult.
             * @constructor
             * @param {sealmatch.v1.BlindedResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlindedResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlindedResult parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.parameterSetId = "";

            /**
             * BlindedResult requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.requestHash = $util.newBuffer([]);

            /**
             * BlindedResult ciphertext.
             * @member {Uint8Array} ciphertext
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.ciphertext = $util.newBuffer([]);

            /**
             * BlindedResult evaluation.
             * @member {Uint8Array} evaluation
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.evaluation = $util.newBuffer([]);

            /**
             * BlindedResult scoreScale.
             * @member {number} scoreScale
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.scoreScale = 0;

            /**
             * BlindedResult signedRequest.
             * @member {Uint8Array} signedRequest
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             */
            BlindedResult.prototype.signedRequest = $util.newBuffer([]);

            /**
             * Creates a new BlindedResult instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {sealmatch.v1.BlindedResult.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.BlindedResult} BlindedResult instance
             * @type {{
             *   (properties: sealmatch.v1.BlindedResult.$Shape): sealmatch.v1.BlindedResult & sealmatch.v1.BlindedResult.$Shape;
             *   (properties?: sealmatch.v1.BlindedResult.$Properties): sealmatch.v1.BlindedResult;
             * }}
             */
            BlindedResult.create = function(properties) {
                return new BlindedResult(properties);
            };

            /**
             * Encodes the specified BlindedResult message. Does not implicitly {@link sealmatch.v1.BlindedResult.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {sealmatch.v1.BlindedResult.$Properties} message BlindedResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlindedResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestHash);
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext") && message.ciphertext.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ciphertext);
                if (message.evaluation != null && $Object.hasOwnProperty.call(message, "evaluation") && message.evaluation.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.evaluation);
                if (message.scoreScale != null && $Object.hasOwnProperty.call(message, "scoreScale") && message.scoreScale !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.scoreScale);
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest") && message.signedRequest.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signedRequest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlindedResult message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedResult & sealmatch.v1.BlindedResult.$Shape} BlindedResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlindedResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.BlindedResult();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ciphertext = value;
                            else
                                delete message.ciphertext;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.evaluation = value;
                            else
                                delete message.evaluation;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.scoreScale = value;
                            else
                                delete message.scoreScale;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signedRequest = value;
                            else
                                delete message.signedRequest;
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
             * Verifies a BlindedResult message.
             * @function verify
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlindedResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    if (!(message.ciphertext && typeof message.ciphertext.length === "number" || $util.isString(message.ciphertext)))
                        return "ciphertext: buffer expected";
                if (message.evaluation != null && $Object.hasOwnProperty.call(message, "evaluation"))
                    if (!(message.evaluation && typeof message.evaluation.length === "number" || $util.isString(message.evaluation)))
                        return "evaluation: buffer expected";
                if (message.scoreScale != null && $Object.hasOwnProperty.call(message, "scoreScale"))
                    if (!$util.isInteger(message.scoreScale))
                        return "scoreScale: integer expected";
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest"))
                    if (!(message.signedRequest && typeof message.signedRequest.length === "number" || $util.isString(message.signedRequest)))
                        return "signedRequest: buffer expected";
                return null;
            };

            /**
             * Creates a BlindedResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.BlindedResult} BlindedResult
             */
            BlindedResult.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.BlindedResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.BlindedResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.BlindedResult();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.ciphertext != null)
                    if (object.ciphertext.length)
                        if (typeof object.ciphertext === "string")
                            $util.base64.decode(object.ciphertext, message.ciphertext = $util.newBuffer($util.base64.length(object.ciphertext)), 0);
                        else if (object.ciphertext.length >= 0)
                            message.ciphertext = object.ciphertext;
                if (object.evaluation != null)
                    if (object.evaluation.length)
                        if (typeof object.evaluation === "string")
                            $util.base64.decode(object.evaluation, message.evaluation = $util.newBuffer($util.base64.length(object.evaluation)), 0);
                        else if (object.evaluation.length >= 0)
                            message.evaluation = object.evaluation;
                if (object.scoreScale != null)
                    if ($Number(object.scoreScale) !== 0)
                        message.scoreScale = object.scoreScale >>> 0;
                if (object.signedRequest != null)
                    if (object.signedRequest.length)
                        if (typeof object.signedRequest === "string")
                            $util.base64.decode(object.signedRequest, message.signedRequest = $util.newBuffer($util.base64.length(object.signedRequest)), 0);
                        else if (object.signedRequest.length >= 0)
                            message.signedRequest = object.signedRequest;
                return message;
            };

            /**
             * Creates a plain object from a BlindedResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {sealmatch.v1.BlindedResult} message BlindedResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlindedResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    if (options.bytes === $String)
                        object.ciphertext = "";
                    else {
                        object.ciphertext = [];
                        if (options.bytes !== $Array)
                            object.ciphertext = $util.newBuffer(object.ciphertext);
                    }
                    if (options.bytes === $String)
                        object.evaluation = "";
                    else {
                        object.evaluation = [];
                        if (options.bytes !== $Array)
                            object.evaluation = $util.newBuffer(object.evaluation);
                    }
                    object.scoreScale = 0;
                    if (options.bytes === $String)
                        object.signedRequest = "";
                    else {
                        object.signedRequest = [];
                        if (options.bytes !== $Array)
                            object.signedRequest = $util.newBuffer(object.signedRequest);
                    }
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                    object.ciphertext = options.bytes === $String ? $util.base64.encode(message.ciphertext, 0, message.ciphertext.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ciphertext) : message.ciphertext;
                if (message.evaluation != null && $Object.hasOwnProperty.call(message, "evaluation"))
                    object.evaluation = options.bytes === $String ? $util.base64.encode(message.evaluation, 0, message.evaluation.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.evaluation) : message.evaluation;
                if (message.scoreScale != null && $Object.hasOwnProperty.call(message, "scoreScale"))
                    object.scoreScale = message.scoreScale;
                if (message.signedRequest != null && $Object.hasOwnProperty.call(message, "signedRequest"))
                    object.signedRequest = options.bytes === $String ? $util.base64.encode(message.signedRequest, 0, message.signedRequest.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signedRequest) : message.signedRequest;
                return object;
            };

            /**
             * Converts this BlindedResult to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.BlindedResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlindedResult.prototype.toJSON = function() {
                return BlindedResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for BlindedResult
             * @function getTypeUrl
             * @memberof sealmatch.v1.BlindedResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            BlindedResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.BlindedResult";
            };

            return BlindedResult;
        })();

        v1.SignedDecision = (function() {

            /**
             * Properties of a SignedDecision.
             * @typedef {Object} sealmatch.v1.SignedDecision.$Properties
             * @property {string|null} [parameterSetId] SignedDecision parameterSetId
             * @property {Uint8Array|null} [requestHash] SignedDecision requestHash
             * @property {boolean|null} [match] SignedDecision match
             * @property {number|null} [issuedAtMs] SignedDecision issuedAtMs
             * @property {Uint8Array|null} [custodianKeyId] SignedDecision custodianKeyId
             * @property {Uint8Array|null} [signature] SignedDecision signature
             * @property {number|null} [score] SignedDecision score
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SignedDecision.
             * @memberof sealmatch.v1
             * @interface ISignedDecision
             * @augments sealmatch.v1.SignedDecision.$Properties
             * @deprecated Use sealmatch.v1.SignedDecision.$Properties instead.
             */

            /**
             * Shape of a SignedDecision.
             * @typedef {sealmatch.v1.SignedDecision.$Properties} sealmatch.v1.SignedDecision.$Shape
             */

            /**
             * Constructs a new SignedDecision.
             * @memberof sealmatch.v1
             * @classdesc Represents a SignedDecision.
             * @constructor
             * @param {sealmatch.v1.SignedDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SignedDecision = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SignedDecision parameterSetId.
             * @member {string} parameterSetId
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.parameterSetId = "";

            /**
             * SignedDecision requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.requestHash = $util.newBuffer([]);

            /**
             * SignedDecision match.
             * @member {boolean} match
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.match = false;

            /**
             * SignedDecision issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * SignedDecision custodianKeyId.
             * @member {Uint8Array} custodianKeyId
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.custodianKeyId = $util.newBuffer([]);

            /**
             * SignedDecision signature.
             * @member {Uint8Array} signature
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.signature = $util.newBuffer([]);

            /**
             * SignedDecision score.
             * @member {number} score
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             */
            SignedDecision.prototype.score = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new SignedDecision instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {sealmatch.v1.SignedDecision.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.SignedDecision} SignedDecision instance
             * @type {{
             *   (properties: sealmatch.v1.SignedDecision.$Shape): sealmatch.v1.SignedDecision & sealmatch.v1.SignedDecision.$Shape;
             *   (properties?: sealmatch.v1.SignedDecision.$Properties): sealmatch.v1.SignedDecision;
             * }}
             */
            SignedDecision.create = function(properties) {
                return new SignedDecision(properties);
            };

            /**
             * Encodes the specified SignedDecision message. Does not implicitly {@link sealmatch.v1.SignedDecision.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {sealmatch.v1.SignedDecision.$Properties} message SignedDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SignedDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId") && message.parameterSetId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.parameterSetId);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.requestHash);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && message.match !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.match);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.issuedAtMs);
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId") && message.custodianKeyId.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.custodianKeyId);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.signature);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && (typeof message.score === "object" ? message.score.low || message.score.high : message.score !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).sint64(message.score);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SignedDecision message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedDecision & sealmatch.v1.SignedDecision.$Shape} SignedDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SignedDecision.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.SignedDecision();
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
                                message.parameterSetId = value;
                            else
                                delete message.parameterSetId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.custodianKeyId = value;
                            else
                                delete message.custodianKeyId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.score = value;
                            else
                                delete message.score;
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
             * Verifies a SignedDecision message.
             * @function verify
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SignedDecision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    if (!$util.isString(message.parameterSetId))
                        return "parameterSetId: string expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    if (typeof message.match !== "boolean")
                        return "match: boolean expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    if (!(message.custodianKeyId && typeof message.custodianKeyId.length === "number" || $util.isString(message.custodianKeyId)))
                        return "custodianKeyId: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (!$util.isInteger(message.score) && !(message.score && $util.isInteger(message.score.low) && $util.isInteger(message.score.high)))
                        return "score: integer|Long expected";
                return null;
            };

            /**
             * Creates a SignedDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.SignedDecision} SignedDecision
             */
            SignedDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.SignedDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.SignedDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.SignedDecision();
                if (object.parameterSetId != null)
                    if (typeof object.parameterSetId !== "string" || object.parameterSetId.length)
                        message.parameterSetId = $String(object.parameterSetId);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.match != null)
                    if (object.match)
                        message.match = $Boolean(object.match);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, false);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber();
                if (object.custodianKeyId != null)
                    if (object.custodianKeyId.length)
                        if (typeof object.custodianKeyId === "string")
                            $util.base64.decode(object.custodianKeyId, message.custodianKeyId = $util.newBuffer($util.base64.length(object.custodianKeyId)), 0);
                        else if (object.custodianKeyId.length >= 0)
                            message.custodianKeyId = object.custodianKeyId;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                if (object.score != null)
                    if (typeof object.score === "object" ? object.score.low || object.score.high : $Number(object.score) !== 0)
                        if ($util.Long)
                            message.score = $util.Long.fromValue(object.score, false);
                        else if (typeof object.score === "string")
                            message.score = $parseInt(object.score, 10);
                        else if (typeof object.score === "number")
                            message.score = object.score;
                        else if (typeof object.score === "object")
                            message.score = new $util.LongBits(object.score.low >>> 0, object.score.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a SignedDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {sealmatch.v1.SignedDecision} message SignedDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SignedDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.parameterSetId = "";
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    object.match = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.custodianKeyId = "";
                    else {
                        object.custodianKeyId = [];
                        if (options.bytes !== $Array)
                            object.custodianKeyId = $util.newBuffer(object.custodianKeyId);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.score = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.score = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.parameterSetId != null && $Object.hasOwnProperty.call(message, "parameterSetId"))
                    object.parameterSetId = message.parameterSetId;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.match != null && $Object.hasOwnProperty.call(message, "match"))
                    object.match = message.match;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber() : message.issuedAtMs;
                if (message.custodianKeyId != null && $Object.hasOwnProperty.call(message, "custodianKeyId"))
                    object.custodianKeyId = options.bytes === $String ? $util.base64.encode(message.custodianKeyId, 0, message.custodianKeyId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.custodianKeyId) : message.custodianKeyId;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.score = typeof message.score === "number" ? $BigInt(message.score) : $util.Long.fromBits(message.score.low >>> 0, message.score.high >>> 0, false).toBigInt();
                    else if (typeof message.score === "number")
                        object.score = options.longs === $String ? $String(message.score) : message.score;
                    else
                        object.score = options.longs === $String ? $util.Long.prototype.toString.call(message.score) : options.longs === $Number ? new $util.LongBits(message.score.low >>> 0, message.score.high >>> 0).toNumber() : message.score;
                return object;
            };

            /**
             * Converts this SignedDecision to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.SignedDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SignedDecision.prototype.toJSON = function() {
                return SignedDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SignedDecision
             * @function getTypeUrl
             * @memberof sealmatch.v1.SignedDecision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SignedDecision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.SignedDecision";
            };

            return SignedDecision;
        })();

        v1.AuthorizeRequest = (function() {

            /**
             * Properties of an AuthorizeRequest.
             * @typedef {Object} sealmatch.v1.AuthorizeRequest.$Properties
             * @property {string|null} [subjectRef] AuthorizeRequest subjectRef
             * @property {sealmatch.v1.Transaction.$Properties|null} [transaction] AuthorizeRequest transaction
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthorizeRequest.
             * @memberof sealmatch.v1
             * @interface IAuthorizeRequest
             * @augments sealmatch.v1.AuthorizeRequest.$Properties
             * @deprecated Use sealmatch.v1.AuthorizeRequest.$Properties instead.
             */

            /**
             * Shape of an AuthorizeRequest.
             * @typedef {sealmatch.v1.AuthorizeRequest.$Properties} sealmatch.v1.AuthorizeRequest.$Shape
             */

            /**
             * Constructs a new AuthorizeRequest.
             * @memberof sealmatch.v1
             * @classdesc Represents an AuthorizeRequest.
             * @constructor
             * @param {sealmatch.v1.AuthorizeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthorizeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthorizeRequest subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.AuthorizeRequest
             * @instance
             */
            AuthorizeRequest.prototype.subjectRef = "";

            /**
             * AuthorizeRequest transaction.
             * @member {sealmatch.v1.Transaction.$Properties|null|undefined} transaction
             * @memberof sealmatch.v1.AuthorizeRequest
             * @instance
             */
            AuthorizeRequest.prototype.transaction = null;

            /**
             * Creates a new AuthorizeRequest instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {sealmatch.v1.AuthorizeRequest.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.AuthorizeRequest} AuthorizeRequest instance
             * @type {{
             *   (properties: sealmatch.v1.AuthorizeRequest.$Shape): sealmatch.v1.AuthorizeRequest & sealmatch.v1.AuthorizeRequest.$Shape;
             *   (properties?: sealmatch.v1.AuthorizeRequest.$Properties): sealmatch.v1.AuthorizeRequest;
             * }}
             */
            AuthorizeRequest.create = function(properties) {
                return new AuthorizeRequest(properties);
            };

            /**
             * Encodes the specified AuthorizeRequest message. Does not implicitly {@link sealmatch.v1.AuthorizeRequest.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {sealmatch.v1.AuthorizeRequest.$Properties} message AuthorizeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthorizeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subjectRef);
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    $root.sealmatch.v1.Transaction.encode(message.transaction, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthorizeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuthorizeRequest & sealmatch.v1.AuthorizeRequest.$Shape} AuthorizeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthorizeRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.AuthorizeRequest();
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
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.transaction = $root.sealmatch.v1.Transaction.decode(reader, reader.size(), $undefined, _depth + 1, message.transaction);
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
             * Verifies an AuthorizeRequest message.
             * @function verify
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthorizeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction")) {
                    let error = $root.sealmatch.v1.Transaction.verify(message.transaction, _depth + 1);
                    if (error)
                        return "transaction." + error;
                }
                return null;
            };

            /**
             * Creates an AuthorizeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.AuthorizeRequest} AuthorizeRequest
             */
            AuthorizeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.AuthorizeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.AuthorizeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.AuthorizeRequest();
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.transaction != null) {
                    if (!$util.isObject(object.transaction))
                        throw $TypeError(".sealmatch.v1.AuthorizeRequest.transaction: object expected");
                    message.transaction = $root.sealmatch.v1.Transaction.fromObject(object.transaction, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an AuthorizeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {sealmatch.v1.AuthorizeRequest} message AuthorizeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthorizeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subjectRef = "";
                    object.transaction = null;
                }
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    object.transaction = $root.sealmatch.v1.Transaction.toObject(message.transaction, options, _depth + 1);
                return object;
            };

            /**
             * Converts this AuthorizeRequest to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.AuthorizeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthorizeRequest.prototype.toJSON = function() {
                return AuthorizeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthorizeRequest
             * @function getTypeUrl
             * @memberof sealmatch.v1.AuthorizeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthorizeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.AuthorizeRequest";
            };

            return AuthorizeRequest;
        })();

        v1.AuthorizeResponse = (function() {

            /**
             * Properties of an AuthorizeResponse.
             * @typedef {Object} sealmatch.v1.AuthorizeResponse.$Properties
             * @property {boolean|null} [allowed] AuthorizeResponse allowed
             * @property {boolean|null} [biometricRequired] AuthorizeResponse biometricRequired
             * @property {string|null} [reason] AuthorizeResponse reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AuthorizeResponse.
             * @memberof sealmatch.v1
             * @interface IAuthorizeResponse
             * @augments sealmatch.v1.AuthorizeResponse.$Properties
             * @deprecated Use sealmatch.v1.AuthorizeResponse.$Properties instead.
             */

            /**
             * Shape of an AuthorizeResponse.
             * @typedef {sealmatch.v1.AuthorizeResponse.$Properties} sealmatch.v1.AuthorizeResponse.$Shape
             */

            /**
             * Constructs a new AuthorizeResponse.
             * @memberof sealmatch.v1
             * @classdesc Represents an AuthorizeResponse.
             * @constructor
             * @param {sealmatch.v1.AuthorizeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AuthorizeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AuthorizeResponse allowed.
             * @member {boolean} allowed
             * @memberof sealmatch.v1.AuthorizeResponse
             * @instance
             */
            AuthorizeResponse.prototype.allowed = false;

            /**
             * AuthorizeResponse biometricRequired.
             * @member {boolean} biometricRequired
             * @memberof sealmatch.v1.AuthorizeResponse
             * @instance
             */
            AuthorizeResponse.prototype.biometricRequired = false;

            /**
             * AuthorizeResponse reason.
             * @member {string} reason
             * @memberof sealmatch.v1.AuthorizeResponse
             * @instance
             */
            AuthorizeResponse.prototype.reason = "";

            /**
             * Creates a new AuthorizeResponse instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {sealmatch.v1.AuthorizeResponse.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.AuthorizeResponse} AuthorizeResponse instance
             * @type {{
             *   (properties: sealmatch.v1.AuthorizeResponse.$Shape): sealmatch.v1.AuthorizeResponse & sealmatch.v1.AuthorizeResponse.$Shape;
             *   (properties?: sealmatch.v1.AuthorizeResponse.$Properties): sealmatch.v1.AuthorizeResponse;
             * }}
             */
            AuthorizeResponse.create = function(properties) {
                return new AuthorizeResponse(properties);
            };

            /**
             * Encodes the specified AuthorizeResponse message. Does not implicitly {@link sealmatch.v1.AuthorizeResponse.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {sealmatch.v1.AuthorizeResponse.$Properties} message AuthorizeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AuthorizeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed") && message.allowed !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.allowed);
                if (message.biometricRequired != null && $Object.hasOwnProperty.call(message, "biometricRequired") && message.biometricRequired !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.biometricRequired);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AuthorizeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuthorizeResponse & sealmatch.v1.AuthorizeResponse.$Shape} AuthorizeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AuthorizeResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.AuthorizeResponse();
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
                            if (value = reader.bool())
                                message.allowed = value;
                            else
                                delete message.allowed;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.biometricRequired = value;
                            else
                                delete message.biometricRequired;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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
             * Verifies an AuthorizeResponse message.
             * @function verify
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AuthorizeResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed"))
                    if (typeof message.allowed !== "boolean")
                        return "allowed: boolean expected";
                if (message.biometricRequired != null && $Object.hasOwnProperty.call(message, "biometricRequired"))
                    if (typeof message.biometricRequired !== "boolean")
                        return "biometricRequired: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates an AuthorizeResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.AuthorizeResponse} AuthorizeResponse
             */
            AuthorizeResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.AuthorizeResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.AuthorizeResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.AuthorizeResponse();
                if (object.allowed != null)
                    if (object.allowed)
                        message.allowed = $Boolean(object.allowed);
                if (object.biometricRequired != null)
                    if (object.biometricRequired)
                        message.biometricRequired = $Boolean(object.biometricRequired);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from an AuthorizeResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {sealmatch.v1.AuthorizeResponse} message AuthorizeResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AuthorizeResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.allowed = false;
                    object.biometricRequired = false;
                    object.reason = "";
                }
                if (message.allowed != null && $Object.hasOwnProperty.call(message, "allowed"))
                    object.allowed = message.allowed;
                if (message.biometricRequired != null && $Object.hasOwnProperty.call(message, "biometricRequired"))
                    object.biometricRequired = message.biometricRequired;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this AuthorizeResponse to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.AuthorizeResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AuthorizeResponse.prototype.toJSON = function() {
                return AuthorizeResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AuthorizeResponse
             * @function getTypeUrl
             * @memberof sealmatch.v1.AuthorizeResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AuthorizeResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.AuthorizeResponse";
            };

            return AuthorizeResponse;
        })();

        /**
         * ReceiptOutcome enum.
         * @name sealmatch.v1.ReceiptOutcome
         * @enum {number}
         * @property {number} RECEIPT_OUTCOME_UNSPECIFIED=0 RECEIPT_OUTCOME_UNSPECIFIED value
         * @property {number} RECEIPT_OUTCOME_ACCEPTED=1 RECEIPT_OUTCOME_ACCEPTED value
         */
        v1.ReceiptOutcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RECEIPT_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RECEIPT_OUTCOME_ACCEPTED"] = 1;
            return values;
        })();

        v1.Receipt = (function() {

            /**
             * Properties of a Receipt.
             * @typedef {Object} sealmatch.v1.Receipt.$Properties
             * @property {string|null} [subjectRef] Receipt subjectRef
             * @property {sealmatch.v1.ReceiptOutcome|null} [outcome] Receipt outcome
             * @property {number|null} [auditSeq] Receipt auditSeq
             * @property {Uint8Array|null} [requestHash] Receipt requestHash
             * @property {Uint8Array|null} [custodianRegistration] Receipt custodianRegistration
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Receipt.
             * @memberof sealmatch.v1
             * @interface IReceipt
             * @augments sealmatch.v1.Receipt.$Properties
             * @deprecated Use sealmatch.v1.Receipt.$Properties instead.
             */

            /**
             * Shape of a Receipt.
             * @typedef {sealmatch.v1.Receipt.$Properties} sealmatch.v1.Receipt.$Shape
             */

            /**
             * Constructs a new Receipt.
             * @memberof sealmatch.v1
             * @classdesc Represents a Receipt.
             * @constructor
             * @param {sealmatch.v1.Receipt.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Receipt = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Receipt subjectRef.
             * @member {string} subjectRef
             * @memberof sealmatch.v1.Receipt
             * @instance
             */
            Receipt.prototype.subjectRef = "";

            /**
             * Receipt outcome.
             * @member {sealmatch.v1.ReceiptOutcome} outcome
             * @memberof sealmatch.v1.Receipt
             * @instance
             */
            Receipt.prototype.outcome = 0;

            /**
             * Receipt auditSeq.
             * @member {number} auditSeq
             * @memberof sealmatch.v1.Receipt
             * @instance
             */
            Receipt.prototype.auditSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Receipt requestHash.
             * @member {Uint8Array} requestHash
             * @memberof sealmatch.v1.Receipt
             * @instance
             */
            Receipt.prototype.requestHash = $util.newBuffer([]);

            /**
             * Receipt custodianRegistration.
             * @member {Uint8Array} custodianRegistration
             * @memberof sealmatch.v1.Receipt
             * @instance
             */
            Receipt.prototype.custodianRegistration = $util.newBuffer([]);

            /**
             * Creates a new Receipt instance using the specified properties.
             * @function create
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {sealmatch.v1.Receipt.$Properties=} [properties] Properties to set
             * @returns {sealmatch.v1.Receipt} Receipt instance
             * @type {{
             *   (properties: sealmatch.v1.Receipt.$Shape): sealmatch.v1.Receipt & sealmatch.v1.Receipt.$Shape;
             *   (properties?: sealmatch.v1.Receipt.$Properties): sealmatch.v1.Receipt;
             * }}
             */
            Receipt.create = function(properties) {
                return new Receipt(properties);
            };

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link sealmatch.v1.Receipt.verify|verify} messages.
             * @function encode
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {sealmatch.v1.Receipt.$Properties} message Receipt message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Receipt.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef") && message.subjectRef !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subjectRef);
                if (message.auditSeq != null && $Object.hasOwnProperty.call(message, "auditSeq") && (typeof message.auditSeq === "object" ? message.auditSeq.low || message.auditSeq.high : message.auditSeq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.auditSeq);
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash") && message.requestHash.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.requestHash);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.outcome);
                if (message.custodianRegistration != null && $Object.hasOwnProperty.call(message, "custodianRegistration") && message.custodianRegistration.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.custodianRegistration);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @function decode
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {sealmatch.v1.Receipt & sealmatch.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Receipt.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sealmatch.v1.Receipt();
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
                                message.subjectRef = value;
                            else
                                delete message.subjectRef;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.auditSeq = value;
                            else
                                delete message.auditSeq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.requestHash = value;
                            else
                                delete message.requestHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.custodianRegistration = value;
                            else
                                delete message.custodianRegistration;
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
             * Verifies a Receipt message.
             * @function verify
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Receipt.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    if (!$util.isString(message.subjectRef))
                        return "subjectRef: string expected";
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    if (typeof message.outcome !== "number" || (message.outcome | 0) !== message.outcome)
                        return "outcome: enum value expected";
                if (message.auditSeq != null && $Object.hasOwnProperty.call(message, "auditSeq"))
                    if (!$util.isInteger(message.auditSeq) && !(message.auditSeq && $util.isInteger(message.auditSeq.low) && $util.isInteger(message.auditSeq.high)))
                        return "auditSeq: integer|Long expected";
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    if (!(message.requestHash && typeof message.requestHash.length === "number" || $util.isString(message.requestHash)))
                        return "requestHash: buffer expected";
                if (message.custodianRegistration != null && $Object.hasOwnProperty.call(message, "custodianRegistration"))
                    if (!(message.custodianRegistration && typeof message.custodianRegistration.length === "number" || $util.isString(message.custodianRegistration)))
                        return "custodianRegistration: buffer expected";
                return null;
            };

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {sealmatch.v1.Receipt} Receipt
             */
            Receipt.fromObject = function (object, _depth) {
                if (object instanceof $root.sealmatch.v1.Receipt)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sealmatch.v1.Receipt: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sealmatch.v1.Receipt();
                if (object.subjectRef != null)
                    if (typeof object.subjectRef !== "string" || object.subjectRef.length)
                        message.subjectRef = $String(object.subjectRef);
                if (object.outcome !== 0 && (typeof object.outcome !== "string" || $root.sealmatch.v1.ReceiptOutcome[object.outcome] !== 0))
                    switch (object.outcome) {
                    case "RECEIPT_OUTCOME_UNSPECIFIED":
                    case 0:
                        message.outcome = 0;
                        break;
                    case "RECEIPT_OUTCOME_ACCEPTED":
                    case 1:
                        message.outcome = 1;
                        break;
                    default:
                        if (typeof object.outcome === "number" && (object.outcome | 0) === object.outcome)
                            message.outcome = object.outcome;
                    }
                if (object.auditSeq != null)
                    if (typeof object.auditSeq === "object" ? object.auditSeq.low || object.auditSeq.high : $Number(object.auditSeq) !== 0)
                        if ($util.Long)
                            message.auditSeq = $util.Long.fromValue(object.auditSeq, true);
                        else if (typeof object.auditSeq === "string")
                            message.auditSeq = $parseInt(object.auditSeq, 10);
                        else if (typeof object.auditSeq === "number")
                            message.auditSeq = object.auditSeq;
                        else if (typeof object.auditSeq === "object")
                            message.auditSeq = new $util.LongBits(object.auditSeq.low >>> 0, object.auditSeq.high >>> 0).toNumber(true);
                if (object.requestHash != null)
                    if (object.requestHash.length)
                        if (typeof object.requestHash === "string")
                            $util.base64.decode(object.requestHash, message.requestHash = $util.newBuffer($util.base64.length(object.requestHash)), 0);
                        else if (object.requestHash.length >= 0)
                            message.requestHash = object.requestHash;
                if (object.custodianRegistration != null)
                    if (object.custodianRegistration.length)
                        if (typeof object.custodianRegistration === "string")
                            $util.base64.decode(object.custodianRegistration, message.custodianRegistration = $util.newBuffer($util.base64.length(object.custodianRegistration)), 0);
                        else if (object.custodianRegistration.length >= 0)
                            message.custodianRegistration = object.custodianRegistration;
                return message;
            };

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @function toObject
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {sealmatch.v1.Receipt} message Receipt
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Receipt.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subjectRef = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.auditSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.auditSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.requestHash = "";
                    else {
                        object.requestHash = [];
                        if (options.bytes !== $Array)
                            object.requestHash = $util.newBuffer(object.requestHash);
                    }
                    object.outcome = options.enums === $String ? "RECEIPT_OUTCOME_UNSPECIFIED" : 0;
                    if (options.bytes === $String)
                        object.custodianRegistration = "";
                    else {
                        object.custodianRegistration = [];
                        if (options.bytes !== $Array)
                            object.custodianRegistration = $util.newBuffer(object.custodianRegistration);
                    }
                }
                if (message.subjectRef != null && $Object.hasOwnProperty.call(message, "subjectRef"))
                    object.subjectRef = message.subjectRef;
                if (message.auditSeq != null && $Object.hasOwnProperty.call(message, "auditSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.auditSeq = typeof message.auditSeq === "number" ? $BigInt(message.auditSeq) : $util.Long.fromBits(message.auditSeq.low >>> 0, message.auditSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.auditSeq === "number")
                        object.auditSeq = options.longs === $String ? $String(message.auditSeq) : message.auditSeq;
                    else
                        object.auditSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.auditSeq) : options.longs === $Number ? new $util.LongBits(message.auditSeq.low >>> 0, message.auditSeq.high >>> 0).toNumber(true) : message.auditSeq;
                if (message.requestHash != null && $Object.hasOwnProperty.call(message, "requestHash"))
                    object.requestHash = options.bytes === $String ? $util.base64.encode(message.requestHash, 0, message.requestHash.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.requestHash) : message.requestHash;
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome"))
                    object.outcome = options.enums === $String ? $root.sealmatch.v1.ReceiptOutcome[message.outcome] === $undefined ? message.outcome : $root.sealmatch.v1.ReceiptOutcome[message.outcome] : message.outcome;
                if (message.custodianRegistration != null && $Object.hasOwnProperty.call(message, "custodianRegistration"))
                    object.custodianRegistration = options.bytes === $String ? $util.base64.encode(message.custodianRegistration, 0, message.custodianRegistration.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.custodianRegistration) : message.custodianRegistration;
                return object;
            };

            /**
             * Converts this Receipt to JSON.
             * @function toJSON
             * @memberof sealmatch.v1.Receipt
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Receipt.prototype.toJSON = function() {
                return Receipt.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Receipt
             * @function getTypeUrl
             * @memberof sealmatch.v1.Receipt
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Receipt.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/sealmatch.v1.Receipt";
            };

            return Receipt;
        })();

        return v1;
    })();

    return sealmatch;
})();

export {
  $root as default
};
