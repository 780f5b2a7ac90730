import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace sealmatch. */
export namespace sealmatch {

    /** Namespace v1. */
    namespace v1 {

        /** AuditKind enum. */
        enum AuditKind {

            /** AUDIT_KIND_UNSPECIFIED value */
            AUDIT_KIND_UNSPECIFIED = 0,

            /** AUDIT_KIND_ENROLL value */
            AUDIT_KIND_ENROLL = 1,

            /** AUDIT_KIND_VERIFY value */
            AUDIT_KIND_VERIFY = 2,

            /** AUDIT_KIND_IDENTIFY value */
            AUDIT_KIND_IDENTIFY = 3,

            /** AUDIT_KIND_DELETE value */
            AUDIT_KIND_DELETE = 4,

            /** AUDIT_KIND_KEY value */
            AUDIT_KIND_KEY = 5,

            /** AUDIT_KIND_POLICY_REFUSAL value */
            AUDIT_KIND_POLICY_REFUSAL = 6,

            /** AUDIT_KIND_EVAL_MODE value */
            AUDIT_KIND_EVAL_MODE = 7,

            /** AUDIT_KIND_DECRYPT value */
            AUDIT_KIND_DECRYPT = 8,

            /** AUDIT_KIND_REPLACE value */
            AUDIT_KIND_REPLACE = 9
        }

        /** AuditOutcome enum. */
        enum AuditOutcome {

            /** AUDIT_OUTCOME_UNSPECIFIED value */
            AUDIT_OUTCOME_UNSPECIFIED = 0,

            /** AUDIT_OUTCOME_MATCH value */
            AUDIT_OUTCOME_MATCH = 1,

            /** AUDIT_OUTCOME_NO_MATCH value */
            AUDIT_OUTCOME_NO_MATCH = 2,

            /** AUDIT_OUTCOME_ACCEPTED value */
            AUDIT_OUTCOME_ACCEPTED = 3,

            /** AUDIT_OUTCOME_REFUSED value */
            AUDIT_OUTCOME_REFUSED = 4,

            /** AUDIT_OUTCOME_FAILED value */
            AUDIT_OUTCOME_FAILED = 5,

            /** AUDIT_OUTCOME_ALARM value */
            AUDIT_OUTCOME_ALARM = 6
        }

        /**
         * Properties of an AuditEntry.
         * @deprecated Use sealmatch.v1.AuditEntry.$Properties instead.
         */
        interface IAuditEntry extends sealmatch.v1.AuditEntry.$Properties {
        }

        /** Represents an AuditEntry. */
        class AuditEntry {

            /**
             * Constructs a new AuditEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.AuditEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuditEntry seq. */
            seq: number;

            /** AuditEntry timeMs. */
            timeMs: number;

            /** AuditEntry kind. */
            kind: sealmatch.v1.AuditKind;

            /** AuditEntry actor. */
            actor: string;

            /** AuditEntry subjectRef. */
            subjectRef: string;

            /** AuditEntry requestHash. */
            requestHash: Uint8Array;

            /** AuditEntry outcome. */
            outcome: sealmatch.v1.AuditOutcome;

            /** AuditEntry reason. */
            reason: string;

            /**
             * Creates a new AuditEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuditEntry instance
             */
            static create(properties: sealmatch.v1.AuditEntry.$Shape): sealmatch.v1.AuditEntry & sealmatch.v1.AuditEntry.$Shape;
            static create(properties?: sealmatch.v1.AuditEntry.$Properties): sealmatch.v1.AuditEntry;

            /**
             * Encodes the specified AuditEntry message. Does not implicitly {@link sealmatch.v1.AuditEntry.verify|verify} messages.
             * @param message AuditEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.AuditEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuditEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuditEntry & sealmatch.v1.AuditEntry.$Shape} AuditEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.AuditEntry & sealmatch.v1.AuditEntry.$Shape;

            /**
             * Verifies an AuditEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuditEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuditEntry
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.AuditEntry;

            /**
             * Creates a plain object from an AuditEntry message. Also converts values to other types if specified.
             * @param message AuditEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.AuditEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuditEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuditEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuditEntry {

            /** Properties of an AuditEntry. */
            interface $Properties {

                /** AuditEntry seq */
                seq?: (number|null);

                /** AuditEntry timeMs */
                timeMs?: (number|null);

                /** AuditEntry kind */
                kind?: (sealmatch.v1.AuditKind|null);

                /** AuditEntry actor */
                actor?: (string|null);

                /** AuditEntry subjectRef */
                subjectRef?: (string|null);

                /** AuditEntry requestHash */
                requestHash?: (Uint8Array|null);

                /** AuditEntry outcome */
                outcome?: (sealmatch.v1.AuditOutcome|null);

                /** AuditEntry reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuditEntry. */
            type $Shape = sealmatch.v1.AuditEntry.$Properties;
        }

        /**
         * Properties of a SignedTreeHead.
         * @deprecated Use sealmatch.v1.SignedTreeHead.$Properties instead.
         */
        interface ISignedTreeHead extends sealmatch.v1.SignedTreeHead.$Properties {
        }

        /** Represents a SignedTreeHead. */
        class SignedTreeHead {

            /**
             * Constructs a new SignedTreeHead.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SignedTreeHead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedTreeHead treeSize. */
            treeSize: number;

            /** SignedTreeHead rootHash. */
            rootHash: Uint8Array;

            /** SignedTreeHead timestampMs. */
            timestampMs: number;

            /** SignedTreeHead logId. */
            logId: string;

            /** SignedTreeHead signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedTreeHead instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedTreeHead instance
             */
            static create(properties: sealmatch.v1.SignedTreeHead.$Shape): sealmatch.v1.SignedTreeHead & sealmatch.v1.SignedTreeHead.$Shape;
            static create(properties?: sealmatch.v1.SignedTreeHead.$Properties): sealmatch.v1.SignedTreeHead;

            /**
             * Encodes the specified SignedTreeHead message. Does not implicitly {@link sealmatch.v1.SignedTreeHead.verify|verify} messages.
             * @param message SignedTreeHead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SignedTreeHead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedTreeHead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedTreeHead & sealmatch.v1.SignedTreeHead.$Shape} SignedTreeHead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SignedTreeHead & sealmatch.v1.SignedTreeHead.$Shape;

            /**
             * Verifies a SignedTreeHead message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedTreeHead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedTreeHead
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SignedTreeHead;

            /**
             * Creates a plain object from a SignedTreeHead message. Also converts values to other types if specified.
             * @param message SignedTreeHead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SignedTreeHead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedTreeHead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedTreeHead
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedTreeHead {

            /** Properties of a SignedTreeHead. */
            interface $Properties {

                /** SignedTreeHead treeSize */
                treeSize?: (number|null);

                /** SignedTreeHead rootHash */
                rootHash?: (Uint8Array|null);

                /** SignedTreeHead timestampMs */
                timestampMs?: (number|null);

                /** SignedTreeHead logId */
                logId?: (string|null);

                /** SignedTreeHead signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedTreeHead. */
            type $Shape = sealmatch.v1.SignedTreeHead.$Properties;
        }

        /**
         * Properties of an InclusionProof.
         * @deprecated Use sealmatch.v1.InclusionProof.$Properties instead.
         */
        interface IInclusionProof extends sealmatch.v1.InclusionProof.$Properties {
        }

        /** Represents an InclusionProof. */
        class InclusionProof {

            /**
             * Constructs a new InclusionProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.InclusionProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InclusionProof leafIndex. */
            leafIndex: number;

            /** InclusionProof treeSize. */
            treeSize: number;

            /** InclusionProof auditPath. */
            auditPath: Uint8Array[];

            /**
             * Creates a new InclusionProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InclusionProof instance
             */
            static create(properties: sealmatch.v1.InclusionProof.$Shape): sealmatch.v1.InclusionProof & sealmatch.v1.InclusionProof.$Shape;
            static create(properties?: sealmatch.v1.InclusionProof.$Properties): sealmatch.v1.InclusionProof;

            /**
             * Encodes the specified InclusionProof message. Does not implicitly {@link sealmatch.v1.InclusionProof.verify|verify} messages.
             * @param message InclusionProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.InclusionProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InclusionProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.InclusionProof & sealmatch.v1.InclusionProof.$Shape} InclusionProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.InclusionProof & sealmatch.v1.InclusionProof.$Shape;

            /**
             * Verifies an InclusionProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InclusionProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InclusionProof
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.InclusionProof;

            /**
             * Creates a plain object from an InclusionProof message. Also converts values to other types if specified.
             * @param message InclusionProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.InclusionProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InclusionProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InclusionProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InclusionProof {

            /** Properties of an InclusionProof. */
            interface $Properties {

                /** InclusionProof leafIndex */
                leafIndex?: (number|null);

                /** InclusionProof treeSize */
                treeSize?: (number|null);

                /** InclusionProof auditPath */
                auditPath?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InclusionProof. */
            type $Shape = sealmatch.v1.InclusionProof.$Properties;
        }

        /**
         * Properties of a ConsistencyProof.
         * @deprecated Use sealmatch.v1.ConsistencyProof.$Properties instead.
         */
        interface IConsistencyProof extends sealmatch.v1.ConsistencyProof.$Properties {
        }

        /** Represents a ConsistencyProof. */
        class ConsistencyProof {

            /**
             * Constructs a new ConsistencyProof.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.ConsistencyProof.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConsistencyProof oldSize. */
            oldSize: number;

            /** ConsistencyProof newSize. */
            newSize: number;

            /** ConsistencyProof path. */
            path: Uint8Array[];

            /**
             * Creates a new ConsistencyProof instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConsistencyProof instance
             */
            static create(properties: sealmatch.v1.ConsistencyProof.$Shape): sealmatch.v1.ConsistencyProof & sealmatch.v1.ConsistencyProof.$Shape;
            static create(properties?: sealmatch.v1.ConsistencyProof.$Properties): sealmatch.v1.ConsistencyProof;

            /**
             * Encodes the specified ConsistencyProof message. Does not implicitly {@link sealmatch.v1.ConsistencyProof.verify|verify} messages.
             * @param message ConsistencyProof message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.ConsistencyProof.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConsistencyProof message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.ConsistencyProof & sealmatch.v1.ConsistencyProof.$Shape} ConsistencyProof
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.ConsistencyProof & sealmatch.v1.ConsistencyProof.$Shape;

            /**
             * Verifies a ConsistencyProof message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConsistencyProof message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConsistencyProof
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.ConsistencyProof;

            /**
             * Creates a plain object from a ConsistencyProof message. Also converts values to other types if specified.
             * @param message ConsistencyProof
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.ConsistencyProof, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConsistencyProof to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConsistencyProof
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsistencyProof {

            /** Properties of a ConsistencyProof. */
            interface $Properties {

                /** ConsistencyProof oldSize */
                oldSize?: (number|null);

                /** ConsistencyProof newSize */
                newSize?: (number|null);

                /** ConsistencyProof path */
                path?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConsistencyProof. */
            type $Shape = sealmatch.v1.ConsistencyProof.$Properties;
        }

        /** HeScheme enum. */
        enum HeScheme {

            /** HE_SCHEME_UNSPECIFIED value */
            HE_SCHEME_UNSPECIFIED = 0,

            /** HE_SCHEME_BGV value */
            HE_SCHEME_BGV = 1
        }

        /**
         * Properties of a ParameterSet.
         * @deprecated Use sealmatch.v1.ParameterSet.$Properties instead.
         */
        interface IParameterSet extends sealmatch.v1.ParameterSet.$Properties {
        }

        /** Represents a ParameterSet. */
        class ParameterSet {

            /**
             * Constructs a new ParameterSet.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.ParameterSet.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParameterSet id. */
            id: string;

            /** ParameterSet scheme. */
            scheme: sealmatch.v1.HeScheme;

            /** ParameterSet polyModulusDegree. */
            polyModulusDegree: number;

            /** ParameterSet coeffModulusBits. */
            coeffModulusBits: number[];

            /** ParameterSet plainModulus. */
            plainModulus: number;

            /** ParameterSet minDim. */
            minDim: number;

            /** ParameterSet maxDim. */
            maxDim: number;

            /** ParameterSet quantScale. */
            quantScale: number;

            /** ParameterSet quantBits. */
            quantBits: number;

            /** ParameterSet scoreBound. */
            scoreBound: number;

            /** ParameterSet blindFactorMax. */
            blindFactorMax: number;

            /** ParameterSet defaultThresholdCosine. */
            defaultThresholdCosine: number;

            /**
             * Creates a new ParameterSet instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParameterSet instance
             */
            static create(properties: sealmatch.v1.ParameterSet.$Shape): sealmatch.v1.ParameterSet & sealmatch.v1.ParameterSet.$Shape;
            static create(properties?: sealmatch.v1.ParameterSet.$Properties): sealmatch.v1.ParameterSet;

            /**
             * Encodes the specified ParameterSet message. Does not implicitly {@link sealmatch.v1.ParameterSet.verify|verify} messages.
             * @param message ParameterSet message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.ParameterSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParameterSet message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.ParameterSet & sealmatch.v1.ParameterSet.$Shape} ParameterSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.ParameterSet & sealmatch.v1.ParameterSet.$Shape;

            /**
             * Verifies a ParameterSet message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ParameterSet message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParameterSet
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.ParameterSet;

            /**
             * Creates a plain object from a ParameterSet message. Also converts values to other types if specified.
             * @param message ParameterSet
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.ParameterSet, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParameterSet to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ParameterSet
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ParameterSet {

            /** Properties of a ParameterSet. */
            interface $Properties {

                /** ParameterSet id */
                id?: (string|null);

                /** ParameterSet scheme */
                scheme?: (sealmatch.v1.HeScheme|null);

                /** ParameterSet polyModulusDegree */
                polyModulusDegree?: (number|null);

                /** ParameterSet coeffModulusBits */
                coeffModulusBits?: (number[]|null);

                /** ParameterSet plainModulus */
                plainModulus?: (number|null);

                /** ParameterSet minDim */
                minDim?: (number|null);

                /** ParameterSet maxDim */
                maxDim?: (number|null);

                /** ParameterSet quantScale */
                quantScale?: (number|null);

                /** ParameterSet quantBits */
                quantBits?: (number|null);

                /** ParameterSet scoreBound */
                scoreBound?: (number|null);

                /** ParameterSet blindFactorMax */
                blindFactorMax?: (number|null);

                /** ParameterSet defaultThresholdCosine */
                defaultThresholdCosine?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParameterSet. */
            type $Shape = sealmatch.v1.ParameterSet.$Properties;
        }

        /**
         * Properties of a PublicBundle.
         * @deprecated Use sealmatch.v1.PublicBundle.$Properties instead.
         */
        interface IPublicBundle extends sealmatch.v1.PublicBundle.$Properties {
        }

        /** Represents a PublicBundle. */
        class PublicBundle {

            /**
             * Constructs a new PublicBundle.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.PublicBundle.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PublicBundle parameterSetId. */
            parameterSetId: string;

            /** PublicBundle hePublicKey. */
            hePublicKey: Uint8Array;

            /** PublicBundle decisionPublicKey. */
            decisionPublicKey: Uint8Array;

            /** PublicBundle galoisKeys. */
            galoisKeys: Uint8Array;

            /** PublicBundle sealPublicKey. */
            sealPublicKey: Uint8Array;

            /**
             * Creates a new PublicBundle instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PublicBundle instance
             */
            static create(properties: sealmatch.v1.PublicBundle.$Shape): sealmatch.v1.PublicBundle & sealmatch.v1.PublicBundle.$Shape;
            static create(properties?: sealmatch.v1.PublicBundle.$Properties): sealmatch.v1.PublicBundle;

            /**
             * Encodes the specified PublicBundle message. Does not implicitly {@link sealmatch.v1.PublicBundle.verify|verify} messages.
             * @param message PublicBundle message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.PublicBundle.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PublicBundle message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.PublicBundle & sealmatch.v1.PublicBundle.$Shape} PublicBundle
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.PublicBundle & sealmatch.v1.PublicBundle.$Shape;

            /**
             * Verifies a PublicBundle message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PublicBundle message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PublicBundle
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.PublicBundle;

            /**
             * Creates a plain object from a PublicBundle message. Also converts values to other types if specified.
             * @param message PublicBundle
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.PublicBundle, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PublicBundle to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PublicBundle
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublicBundle {

            /** Properties of a PublicBundle. */
            interface $Properties {

                /** PublicBundle parameterSetId */
                parameterSetId?: (string|null);

                /** PublicBundle hePublicKey */
                hePublicKey?: (Uint8Array|null);

                /** PublicBundle decisionPublicKey */
                decisionPublicKey?: (Uint8Array|null);

                /** PublicBundle galoisKeys */
                galoisKeys?: (Uint8Array|null);

                /** PublicBundle sealPublicKey */
                sealPublicKey?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PublicBundle. */
            type $Shape = sealmatch.v1.PublicBundle.$Properties;
        }

        /** Modality enum. */
        enum Modality {

            /** MODALITY_UNSPECIFIED value */
            MODALITY_UNSPECIFIED = 0,

            /** MODALITY_FACE value */
            MODALITY_FACE = 1,

            /** MODALITY_FINGER value */
            MODALITY_FINGER = 2,

            /** MODALITY_FINGER_FINGER value */
            MODALITY_FINGER_FINGER = 3,

            /** MODALITY_FACE_FINGER value */
            MODALITY_FACE_FINGER = 4
        }

        /**
         * Properties of an Error.
         * @deprecated Use sealmatch.v1.Error.$Properties instead.
         */
        interface IError extends sealmatch.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: string;

            /** Error message. */
            message: string;

            /** Error reason. */
            reason: string;

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: sealmatch.v1.Error.$Shape): sealmatch.v1.Error & sealmatch.v1.Error.$Shape;
            static create(properties?: sealmatch.v1.Error.$Properties): sealmatch.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link sealmatch.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.Error & sealmatch.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.Error & sealmatch.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Error
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (string|null);

                /** Error message */
                message?: (string|null);

                /** Error reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = sealmatch.v1.Error.$Properties;
        }

        /** IdentifyPurpose enum. */
        enum IdentifyPurpose {

            /** IDENTIFY_PURPOSE_UNSPECIFIED value */
            IDENTIFY_PURPOSE_UNSPECIFIED = 0,

            /** IDENTIFY_PURPOSE_ENROLLMENT_DEDUP value */
            IDENTIFY_PURPOSE_ENROLLMENT_DEDUP = 1
        }

        /**
         * Properties of an IdentifyAuthorization.
         * @deprecated Use sealmatch.v1.IdentifyAuthorization.$Properties instead.
         */
        interface IIdentifyAuthorization extends sealmatch.v1.IdentifyAuthorization.$Properties {
        }

        /** Represents an IdentifyAuthorization. */
        class IdentifyAuthorization {

            /**
             * Constructs a new IdentifyAuthorization.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.IdentifyAuthorization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentifyAuthorization parameterSetId. */
            parameterSetId: string;

            /** IdentifyAuthorization probeHash. */
            probeHash: Uint8Array;

            /** IdentifyAuthorization purpose. */
            purpose: sealmatch.v1.IdentifyPurpose;

            /** IdentifyAuthorization caseId. */
            caseId: string;

            /** IdentifyAuthorization issuedAtMs. */
            issuedAtMs: number;

            /** IdentifyAuthorization officerKeyId. */
            officerKeyId: Uint8Array;

            /** IdentifyAuthorization signature. */
            signature: Uint8Array;

            /** IdentifyAuthorization macEnvelope. */
            macEnvelope: Uint8Array;

            /** IdentifyAuthorization heKeyId. */
            heKeyId: Uint8Array;

            /**
             * Creates a new IdentifyAuthorization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentifyAuthorization instance
             */
            static create(properties: sealmatch.v1.IdentifyAuthorization.$Shape): sealmatch.v1.IdentifyAuthorization & sealmatch.v1.IdentifyAuthorization.$Shape;
            static create(properties?: sealmatch.v1.IdentifyAuthorization.$Properties): sealmatch.v1.IdentifyAuthorization;

            /**
             * Encodes the specified IdentifyAuthorization message. Does not implicitly {@link sealmatch.v1.IdentifyAuthorization.verify|verify} messages.
             * @param message IdentifyAuthorization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.IdentifyAuthorization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentifyAuthorization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyAuthorization & sealmatch.v1.IdentifyAuthorization.$Shape} IdentifyAuthorization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.IdentifyAuthorization & sealmatch.v1.IdentifyAuthorization.$Shape;

            /**
             * Verifies an IdentifyAuthorization message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IdentifyAuthorization message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IdentifyAuthorization
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.IdentifyAuthorization;

            /**
             * Creates a plain object from an IdentifyAuthorization message. Also converts values to other types if specified.
             * @param message IdentifyAuthorization
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.IdentifyAuthorization, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IdentifyAuthorization to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IdentifyAuthorization
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentifyAuthorization {

            /** Properties of an IdentifyAuthorization. */
            interface $Properties {

                /** IdentifyAuthorization parameterSetId */
                parameterSetId?: (string|null);

                /** IdentifyAuthorization probeHash */
                probeHash?: (Uint8Array|null);

                /** IdentifyAuthorization purpose */
                purpose?: (sealmatch.v1.IdentifyPurpose|null);

                /** IdentifyAuthorization caseId */
                caseId?: (string|null);

                /** IdentifyAuthorization issuedAtMs */
                issuedAtMs?: (number|null);

                /** IdentifyAuthorization officerKeyId */
                officerKeyId?: (Uint8Array|null);

                /** IdentifyAuthorization signature */
                signature?: (Uint8Array|null);

                /** IdentifyAuthorization macEnvelope */
                macEnvelope?: (Uint8Array|null);

                /** IdentifyAuthorization heKeyId */
                heKeyId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentifyAuthorization. */
            type $Shape = sealmatch.v1.IdentifyAuthorization.$Properties;
        }

        /**
         * Properties of an IdentifyRequest.
         * @deprecated Use sealmatch.v1.IdentifyRequest.$Properties instead.
         */
        interface IIdentifyRequest extends sealmatch.v1.IdentifyRequest.$Properties {
        }

        /** Represents an IdentifyRequest. */
        class IdentifyRequest {

            /**
             * Constructs a new IdentifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.IdentifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentifyRequest parameterSetId. */
            parameterSetId: string;

            /** IdentifyRequest dim. */
            dim: number;

            /** IdentifyRequest probe. */
            probe: Uint8Array;

            /** IdentifyRequest authorization. */
            authorization?: (sealmatch.v1.IdentifyAuthorization.$Properties|null);

            /**
             * Creates a new IdentifyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentifyRequest instance
             */
            static create(properties: sealmatch.v1.IdentifyRequest.$Shape): sealmatch.v1.IdentifyRequest & sealmatch.v1.IdentifyRequest.$Shape;
            static create(properties?: sealmatch.v1.IdentifyRequest.$Properties): sealmatch.v1.IdentifyRequest;

            /**
             * Encodes the specified IdentifyRequest message. Does not implicitly {@link sealmatch.v1.IdentifyRequest.verify|verify} messages.
             * @param message IdentifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.IdentifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentifyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyRequest & sealmatch.v1.IdentifyRequest.$Shape} IdentifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.IdentifyRequest & sealmatch.v1.IdentifyRequest.$Shape;

            /**
             * Verifies an IdentifyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IdentifyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IdentifyRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.IdentifyRequest;

            /**
             * Creates a plain object from an IdentifyRequest message. Also converts values to other types if specified.
             * @param message IdentifyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.IdentifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IdentifyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IdentifyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentifyRequest {

            /** Properties of an IdentifyRequest. */
            interface $Properties {

                /** IdentifyRequest parameterSetId */
                parameterSetId?: (string|null);

                /** IdentifyRequest dim */
                dim?: (number|null);

                /** IdentifyRequest probe */
                probe?: (Uint8Array|null);

                /** IdentifyRequest authorization */
                authorization?: (sealmatch.v1.IdentifyAuthorization.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentifyRequest. */
            type $Shape = sealmatch.v1.IdentifyRequest.$Properties;
        }

        /**
         * Properties of a BlindedBlock.
         * @deprecated Use sealmatch.v1.BlindedBlock.$Properties instead.
         */
        interface IBlindedBlock extends sealmatch.v1.BlindedBlock.$Properties {
        }

        /** Represents a BlindedBlock. */
        class BlindedBlock {

            /**
             * Constructs a new BlindedBlock.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.BlindedBlock.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlindedBlock blockId. */
            blockId: number;

            /** BlindedBlock tableRoot. */
            tableRoot: Uint8Array;

            /** BlindedBlock occupied. */
            occupied: Uint8Array;

            /** BlindedBlock ciphertext. */
            ciphertext: Uint8Array;

            /** BlindedBlock tags. */
            tags: Uint8Array[];

            /**
             * Creates a new BlindedBlock instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlindedBlock instance
             */
            static create(properties: sealmatch.v1.BlindedBlock.$Shape): sealmatch.v1.BlindedBlock & sealmatch.v1.BlindedBlock.$Shape;
            static create(properties?: sealmatch.v1.BlindedBlock.$Properties): sealmatch.v1.BlindedBlock;

            /**
             * Encodes the specified BlindedBlock message. Does not implicitly {@link sealmatch.v1.BlindedBlock.verify|verify} messages.
             * @param message BlindedBlock message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.BlindedBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlindedBlock message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedBlock & sealmatch.v1.BlindedBlock.$Shape} BlindedBlock
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.BlindedBlock & sealmatch.v1.BlindedBlock.$Shape;

            /**
             * Verifies a BlindedBlock message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlindedBlock message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlindedBlock
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.BlindedBlock;

            /**
             * Creates a plain object from a BlindedBlock message. Also converts values to other types if specified.
             * @param message BlindedBlock
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.BlindedBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlindedBlock to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlindedBlock
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlindedBlock {

            /** Properties of a BlindedBlock. */
            interface $Properties {

                /** BlindedBlock blockId */
                blockId?: (number|null);

                /** BlindedBlock tableRoot */
                tableRoot?: (Uint8Array|null);

                /** BlindedBlock occupied */
                occupied?: (Uint8Array|null);

                /** BlindedBlock ciphertext */
                ciphertext?: (Uint8Array|null);

                /** BlindedBlock tags */
                tags?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlindedBlock. */
            type $Shape = sealmatch.v1.BlindedBlock.$Properties;
        }

        /**
         * Properties of a BlindedIdentifyResult.
         * @deprecated Use sealmatch.v1.BlindedIdentifyResult.$Properties instead.
         */
        interface IBlindedIdentifyResult extends sealmatch.v1.BlindedIdentifyResult.$Properties {
        }

        /** Represents a BlindedIdentifyResult. */
        class BlindedIdentifyResult {

            /**
             * Constructs a new BlindedIdentifyResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.BlindedIdentifyResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlindedIdentifyResult parameterSetId. */
            parameterSetId: string;

            /** BlindedIdentifyResult requestHash. */
            requestHash: Uint8Array;

            /** BlindedIdentifyResult blocks. */
            blocks: sealmatch.v1.BlindedBlock.$Properties[];

            /** BlindedIdentifyResult authorization. */
            authorization?: (sealmatch.v1.IdentifyAuthorization.$Properties|null);

            /** BlindedIdentifyResult dim. */
            dim: number;

            /**
             * Creates a new BlindedIdentifyResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlindedIdentifyResult instance
             */
            static create(properties: sealmatch.v1.BlindedIdentifyResult.$Shape): sealmatch.v1.BlindedIdentifyResult & sealmatch.v1.BlindedIdentifyResult.$Shape;
            static create(properties?: sealmatch.v1.BlindedIdentifyResult.$Properties): sealmatch.v1.BlindedIdentifyResult;

            /**
             * Encodes the specified BlindedIdentifyResult message. Does not implicitly {@link sealmatch.v1.BlindedIdentifyResult.verify|verify} messages.
             * @param message BlindedIdentifyResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.BlindedIdentifyResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlindedIdentifyResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedIdentifyResult & sealmatch.v1.BlindedIdentifyResult.$Shape} BlindedIdentifyResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.BlindedIdentifyResult & sealmatch.v1.BlindedIdentifyResult.$Shape;

            /**
             * Verifies a BlindedIdentifyResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlindedIdentifyResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlindedIdentifyResult
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.BlindedIdentifyResult;

            /**
             * Creates a plain object from a BlindedIdentifyResult message. Also converts values to other types if specified.
             * @param message BlindedIdentifyResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.BlindedIdentifyResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlindedIdentifyResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlindedIdentifyResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlindedIdentifyResult {

            /** Properties of a BlindedIdentifyResult. */
            interface $Properties {

                /** BlindedIdentifyResult parameterSetId */
                parameterSetId?: (string|null);

                /** BlindedIdentifyResult requestHash */
                requestHash?: (Uint8Array|null);

                /** BlindedIdentifyResult blocks */
                blocks?: (sealmatch.v1.BlindedBlock.$Properties[]|null);

                /** BlindedIdentifyResult authorization */
                authorization?: (sealmatch.v1.IdentifyAuthorization.$Properties|null);

                /** BlindedIdentifyResult dim */
                dim?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlindedIdentifyResult. */
            type $Shape = sealmatch.v1.BlindedIdentifyResult.$Properties;
        }

        /**
         * Properties of a BlockDecision.
         * @deprecated Use sealmatch.v1.BlockDecision.$Properties instead.
         */
        interface IBlockDecision extends sealmatch.v1.BlockDecision.$Properties {
        }

        /** Represents a BlockDecision. */
        class BlockDecision {

            /**
             * Constructs a new BlockDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.BlockDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockDecision blockId. */
            blockId: number;

            /** BlockDecision tableRoot. */
            tableRoot: Uint8Array;

            /** BlockDecision matchingSlots. */
            matchingSlots: number[];

            /** BlockDecision matchingSubjects. */
            matchingSubjects: string[];

            /**
             * Creates a new BlockDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockDecision instance
             */
            static create(properties: sealmatch.v1.BlockDecision.$Shape): sealmatch.v1.BlockDecision & sealmatch.v1.BlockDecision.$Shape;
            static create(properties?: sealmatch.v1.BlockDecision.$Properties): sealmatch.v1.BlockDecision;

            /**
             * Encodes the specified BlockDecision message. Does not implicitly {@link sealmatch.v1.BlockDecision.verify|verify} messages.
             * @param message BlockDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.BlockDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlockDecision & sealmatch.v1.BlockDecision.$Shape} BlockDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.BlockDecision & sealmatch.v1.BlockDecision.$Shape;

            /**
             * Verifies a BlockDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlockDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlockDecision
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.BlockDecision;

            /**
             * Creates a plain object from a BlockDecision message. Also converts values to other types if specified.
             * @param message BlockDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.BlockDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlockDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlockDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockDecision {

            /** Properties of a BlockDecision. */
            interface $Properties {

                /** BlockDecision blockId */
                blockId?: (number|null);

                /** BlockDecision tableRoot */
                tableRoot?: (Uint8Array|null);

                /** BlockDecision matchingSlots */
                matchingSlots?: (number[]|null);

                /** BlockDecision matchingSubjects */
                matchingSubjects?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockDecision. */
            type $Shape = sealmatch.v1.BlockDecision.$Properties;
        }

        /**
         * Properties of a SignedIdentifyDecision.
         * @deprecated Use sealmatch.v1.SignedIdentifyDecision.$Properties instead.
         */
        interface ISignedIdentifyDecision extends sealmatch.v1.SignedIdentifyDecision.$Properties {
        }

        /** Represents a SignedIdentifyDecision. */
        class SignedIdentifyDecision {

            /**
             * Constructs a new SignedIdentifyDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SignedIdentifyDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedIdentifyDecision parameterSetId. */
            parameterSetId: string;

            /** SignedIdentifyDecision requestHash. */
            requestHash: Uint8Array;

            /** SignedIdentifyDecision blocks. */
            blocks: sealmatch.v1.BlockDecision.$Properties[];

            /** SignedIdentifyDecision issuedAtMs. */
            issuedAtMs: number;

            /** SignedIdentifyDecision custodianKeyId. */
            custodianKeyId: Uint8Array;

            /** SignedIdentifyDecision signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedIdentifyDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedIdentifyDecision instance
             */
            static create(properties: sealmatch.v1.SignedIdentifyDecision.$Shape): sealmatch.v1.SignedIdentifyDecision & sealmatch.v1.SignedIdentifyDecision.$Shape;
            static create(properties?: sealmatch.v1.SignedIdentifyDecision.$Properties): sealmatch.v1.SignedIdentifyDecision;

            /**
             * Encodes the specified SignedIdentifyDecision message. Does not implicitly {@link sealmatch.v1.SignedIdentifyDecision.verify|verify} messages.
             * @param message SignedIdentifyDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SignedIdentifyDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedIdentifyDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedIdentifyDecision & sealmatch.v1.SignedIdentifyDecision.$Shape} SignedIdentifyDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SignedIdentifyDecision & sealmatch.v1.SignedIdentifyDecision.$Shape;

            /**
             * Verifies a SignedIdentifyDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedIdentifyDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedIdentifyDecision
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SignedIdentifyDecision;

            /**
             * Creates a plain object from a SignedIdentifyDecision message. Also converts values to other types if specified.
             * @param message SignedIdentifyDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SignedIdentifyDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedIdentifyDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedIdentifyDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedIdentifyDecision {

            /** Properties of a SignedIdentifyDecision. */
            interface $Properties {

                /** SignedIdentifyDecision parameterSetId */
                parameterSetId?: (string|null);

                /** SignedIdentifyDecision requestHash */
                requestHash?: (Uint8Array|null);

                /** SignedIdentifyDecision blocks */
                blocks?: (sealmatch.v1.BlockDecision.$Properties[]|null);

                /** SignedIdentifyDecision issuedAtMs */
                issuedAtMs?: (number|null);

                /** SignedIdentifyDecision custodianKeyId */
                custodianKeyId?: (Uint8Array|null);

                /** SignedIdentifyDecision signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedIdentifyDecision. */
            type $Shape = sealmatch.v1.SignedIdentifyDecision.$Properties;
        }

        /**
         * Properties of an IdentifyMatch.
         * @deprecated Use sealmatch.v1.IdentifyMatch.$Properties instead.
         */
        interface IIdentifyMatch extends sealmatch.v1.IdentifyMatch.$Properties {
        }

        /** Represents an IdentifyMatch. */
        class IdentifyMatch {

            /**
             * Constructs a new IdentifyMatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.IdentifyMatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentifyMatch blockId. */
            blockId: number;

            /** IdentifyMatch slot. */
            slot: number;

            /** IdentifyMatch subjectRef. */
            subjectRef: string;

            /** IdentifyMatch proof. */
            proof: Uint8Array[];

            /**
             * Creates a new IdentifyMatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentifyMatch instance
             */
            static create(properties: sealmatch.v1.IdentifyMatch.$Shape): sealmatch.v1.IdentifyMatch & sealmatch.v1.IdentifyMatch.$Shape;
            static create(properties?: sealmatch.v1.IdentifyMatch.$Properties): sealmatch.v1.IdentifyMatch;

            /**
             * Encodes the specified IdentifyMatch message. Does not implicitly {@link sealmatch.v1.IdentifyMatch.verify|verify} messages.
             * @param message IdentifyMatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.IdentifyMatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentifyMatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyMatch & sealmatch.v1.IdentifyMatch.$Shape} IdentifyMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.IdentifyMatch & sealmatch.v1.IdentifyMatch.$Shape;

            /**
             * Verifies an IdentifyMatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IdentifyMatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IdentifyMatch
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.IdentifyMatch;

            /**
             * Creates a plain object from an IdentifyMatch message. Also converts values to other types if specified.
             * @param message IdentifyMatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.IdentifyMatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IdentifyMatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IdentifyMatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentifyMatch {

            /** Properties of an IdentifyMatch. */
            interface $Properties {

                /** IdentifyMatch blockId */
                blockId?: (number|null);

                /** IdentifyMatch slot */
                slot?: (number|null);

                /** IdentifyMatch subjectRef */
                subjectRef?: (string|null);

                /** IdentifyMatch proof */
                proof?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentifyMatch. */
            type $Shape = sealmatch.v1.IdentifyMatch.$Properties;
        }

        /**
         * Properties of an IdentifyResponse.
         * @deprecated Use sealmatch.v1.IdentifyResponse.$Properties instead.
         */
        interface IIdentifyResponse extends sealmatch.v1.IdentifyResponse.$Properties {
        }

        /** Represents an IdentifyResponse. */
        class IdentifyResponse {

            /**
             * Constructs a new IdentifyResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.IdentifyResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** IdentifyResponse decision. */
            decision?: (sealmatch.v1.SignedIdentifyDecision.$Properties|null);

            /** IdentifyResponse matches. */
            matches: sealmatch.v1.IdentifyMatch.$Properties[];

            /** IdentifyResponse slotsPerBlock. */
            slotsPerBlock: number;

            /**
             * Creates a new IdentifyResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns IdentifyResponse instance
             */
            static create(properties: sealmatch.v1.IdentifyResponse.$Shape): sealmatch.v1.IdentifyResponse & sealmatch.v1.IdentifyResponse.$Shape;
            static create(properties?: sealmatch.v1.IdentifyResponse.$Properties): sealmatch.v1.IdentifyResponse;

            /**
             * Encodes the specified IdentifyResponse message. Does not implicitly {@link sealmatch.v1.IdentifyResponse.verify|verify} messages.
             * @param message IdentifyResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.IdentifyResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an IdentifyResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.IdentifyResponse & sealmatch.v1.IdentifyResponse.$Shape} IdentifyResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.IdentifyResponse & sealmatch.v1.IdentifyResponse.$Shape;

            /**
             * Verifies an IdentifyResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an IdentifyResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns IdentifyResponse
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.IdentifyResponse;

            /**
             * Creates a plain object from an IdentifyResponse message. Also converts values to other types if specified.
             * @param message IdentifyResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.IdentifyResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this IdentifyResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for IdentifyResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace IdentifyResponse {

            /** Properties of an IdentifyResponse. */
            interface $Properties {

                /** IdentifyResponse decision */
                decision?: (sealmatch.v1.SignedIdentifyDecision.$Properties|null);

                /** IdentifyResponse matches */
                matches?: (sealmatch.v1.IdentifyMatch.$Properties[]|null);

                /** IdentifyResponse slotsPerBlock */
                slotsPerBlock?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an IdentifyResponse. */
            type $Shape = sealmatch.v1.IdentifyResponse.$Properties;
        }

        /**
         * Properties of a RefreshEntry.
         * @deprecated Use sealmatch.v1.RefreshEntry.$Properties instead.
         */
        interface IRefreshEntry extends sealmatch.v1.RefreshEntry.$Properties {
        }

        /** Represents a RefreshEntry. */
        class RefreshEntry {

            /**
             * Constructs a new RefreshEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.RefreshEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RefreshEntry slot. */
            slot: number;

            /** RefreshEntry ciphertext. */
            ciphertext: Uint8Array;

            /** RefreshEntry enrollment. */
            enrollment: Uint8Array;

            /**
             * Creates a new RefreshEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RefreshEntry instance
             */
            static create(properties: sealmatch.v1.RefreshEntry.$Shape): sealmatch.v1.RefreshEntry & sealmatch.v1.RefreshEntry.$Shape;
            static create(properties?: sealmatch.v1.RefreshEntry.$Properties): sealmatch.v1.RefreshEntry;

            /**
             * Encodes the specified RefreshEntry message. Does not implicitly {@link sealmatch.v1.RefreshEntry.verify|verify} messages.
             * @param message RefreshEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.RefreshEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RefreshEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.RefreshEntry & sealmatch.v1.RefreshEntry.$Shape} RefreshEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.RefreshEntry & sealmatch.v1.RefreshEntry.$Shape;

            /**
             * Verifies a RefreshEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RefreshEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RefreshEntry
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.RefreshEntry;

            /**
             * Creates a plain object from a RefreshEntry message. Also converts values to other types if specified.
             * @param message RefreshEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.RefreshEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RefreshEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RefreshEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RefreshEntry {

            /** Properties of a RefreshEntry. */
            interface $Properties {

                /** RefreshEntry slot */
                slot?: (number|null);

                /** RefreshEntry ciphertext */
                ciphertext?: (Uint8Array|null);

                /** RefreshEntry enrollment */
                enrollment?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RefreshEntry. */
            type $Shape = sealmatch.v1.RefreshEntry.$Properties;
        }

        /**
         * Properties of an EnrollmentRefreshRequest.
         * @deprecated Use sealmatch.v1.EnrollmentRefreshRequest.$Properties instead.
         */
        interface IEnrollmentRefreshRequest extends sealmatch.v1.EnrollmentRefreshRequest.$Properties {
        }

        /** Represents an EnrollmentRefreshRequest. */
        class EnrollmentRefreshRequest {

            /**
             * Constructs a new EnrollmentRefreshRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.EnrollmentRefreshRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnrollmentRefreshRequest parameterSetId. */
            parameterSetId: string;

            /** EnrollmentRefreshRequest blockId. */
            blockId: number;

            /** EnrollmentRefreshRequest entries. */
            entries: sealmatch.v1.RefreshEntry.$Properties[];

            /**
             * Creates a new EnrollmentRefreshRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnrollmentRefreshRequest instance
             */
            static create(properties: sealmatch.v1.EnrollmentRefreshRequest.$Shape): sealmatch.v1.EnrollmentRefreshRequest & sealmatch.v1.EnrollmentRefreshRequest.$Shape;
            static create(properties?: sealmatch.v1.EnrollmentRefreshRequest.$Properties): sealmatch.v1.EnrollmentRefreshRequest;

            /**
             * Encodes the specified EnrollmentRefreshRequest message. Does not implicitly {@link sealmatch.v1.EnrollmentRefreshRequest.verify|verify} messages.
             * @param message EnrollmentRefreshRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.EnrollmentRefreshRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnrollmentRefreshRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.EnrollmentRefreshRequest & sealmatch.v1.EnrollmentRefreshRequest.$Shape} EnrollmentRefreshRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.EnrollmentRefreshRequest & sealmatch.v1.EnrollmentRefreshRequest.$Shape;

            /**
             * Verifies an EnrollmentRefreshRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EnrollmentRefreshRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnrollmentRefreshRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.EnrollmentRefreshRequest;

            /**
             * Creates a plain object from an EnrollmentRefreshRequest message. Also converts values to other types if specified.
             * @param message EnrollmentRefreshRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.EnrollmentRefreshRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnrollmentRefreshRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EnrollmentRefreshRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnrollmentRefreshRequest {

            /** Properties of an EnrollmentRefreshRequest. */
            interface $Properties {

                /** EnrollmentRefreshRequest parameterSetId */
                parameterSetId?: (string|null);

                /** EnrollmentRefreshRequest blockId */
                blockId?: (number|null);

                /** EnrollmentRefreshRequest entries */
                entries?: (sealmatch.v1.RefreshEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnrollmentRefreshRequest. */
            type $Shape = sealmatch.v1.EnrollmentRefreshRequest.$Properties;
        }

        /**
         * Properties of a SlotValue.
         * @deprecated Use sealmatch.v1.SlotValue.$Properties instead.
         */
        interface ISlotValue extends sealmatch.v1.SlotValue.$Properties {
        }

        /** Represents a SlotValue. */
        class SlotValue {

            /**
             * Constructs a new SlotValue.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SlotValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SlotValue slot. */
            slot: number;

            /** SlotValue value. */
            value: number;

            /**
             * Creates a new SlotValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SlotValue instance
             */
            static create(properties: sealmatch.v1.SlotValue.$Shape): sealmatch.v1.SlotValue & sealmatch.v1.SlotValue.$Shape;
            static create(properties?: sealmatch.v1.SlotValue.$Properties): sealmatch.v1.SlotValue;

            /**
             * Encodes the specified SlotValue message. Does not implicitly {@link sealmatch.v1.SlotValue.verify|verify} messages.
             * @param message SlotValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SlotValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SlotValue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SlotValue & sealmatch.v1.SlotValue.$Shape} SlotValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SlotValue & sealmatch.v1.SlotValue.$Shape;

            /**
             * Verifies a SlotValue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SlotValue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SlotValue
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SlotValue;

            /**
             * Creates a plain object from a SlotValue message. Also converts values to other types if specified.
             * @param message SlotValue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SlotValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SlotValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SlotValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SlotValue {

            /** Properties of a SlotValue. */
            interface $Properties {

                /** SlotValue slot */
                slot?: (number|null);

                /** SlotValue value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SlotValue. */
            type $Shape = sealmatch.v1.SlotValue.$Properties;
        }

        /**
         * Properties of a DeletionRefreshColumn.
         * @deprecated Use sealmatch.v1.DeletionRefreshColumn.$Properties instead.
         */
        interface IDeletionRefreshColumn extends sealmatch.v1.DeletionRefreshColumn.$Properties {
        }

        /** Represents a DeletionRefreshColumn. */
        class DeletionRefreshColumn {

            /**
             * Constructs a new DeletionRefreshColumn.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.DeletionRefreshColumn.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletionRefreshColumn ciphertext. */
            ciphertext: Uint8Array;

            /** DeletionRefreshColumn set. */
            set: sealmatch.v1.SlotValue.$Properties[];

            /**
             * Creates a new DeletionRefreshColumn instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeletionRefreshColumn instance
             */
            static create(properties: sealmatch.v1.DeletionRefreshColumn.$Shape): sealmatch.v1.DeletionRefreshColumn & sealmatch.v1.DeletionRefreshColumn.$Shape;
            static create(properties?: sealmatch.v1.DeletionRefreshColumn.$Properties): sealmatch.v1.DeletionRefreshColumn;

            /**
             * Encodes the specified DeletionRefreshColumn message. Does not implicitly {@link sealmatch.v1.DeletionRefreshColumn.verify|verify} messages.
             * @param message DeletionRefreshColumn message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.DeletionRefreshColumn.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletionRefreshColumn message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeletionRefreshColumn & sealmatch.v1.DeletionRefreshColumn.$Shape} DeletionRefreshColumn
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.DeletionRefreshColumn & sealmatch.v1.DeletionRefreshColumn.$Shape;

            /**
             * Verifies a DeletionRefreshColumn message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeletionRefreshColumn message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeletionRefreshColumn
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.DeletionRefreshColumn;

            /**
             * Creates a plain object from a DeletionRefreshColumn message. Also converts values to other types if specified.
             * @param message DeletionRefreshColumn
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.DeletionRefreshColumn, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeletionRefreshColumn to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeletionRefreshColumn
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeletionRefreshColumn {

            /** Properties of a DeletionRefreshColumn. */
            interface $Properties {

                /** DeletionRefreshColumn ciphertext */
                ciphertext?: (Uint8Array|null);

                /** DeletionRefreshColumn set */
                set?: (sealmatch.v1.SlotValue.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletionRefreshColumn. */
            type $Shape = sealmatch.v1.DeletionRefreshColumn.$Properties;
        }

        /**
         * Properties of a DeletionRefreshRequest.
         * @deprecated Use sealmatch.v1.DeletionRefreshRequest.$Properties instead.
         */
        interface IDeletionRefreshRequest extends sealmatch.v1.DeletionRefreshRequest.$Properties {
        }

        /** Represents a DeletionRefreshRequest. */
        class DeletionRefreshRequest {

            /**
             * Constructs a new DeletionRefreshRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.DeletionRefreshRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeletionRefreshRequest parameterSetId. */
            parameterSetId: string;

            /** DeletionRefreshRequest blockId. */
            blockId: number;

            /** DeletionRefreshRequest columns. */
            columns: sealmatch.v1.DeletionRefreshColumn.$Properties[];

            /** DeletionRefreshRequest slot. */
            slot: number;

            /** DeletionRefreshRequest enrollment. */
            enrollment: Uint8Array;

            /** DeletionRefreshRequest deletion. */
            deletion: Uint8Array;

            /**
             * Creates a new DeletionRefreshRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeletionRefreshRequest instance
             */
            static create(properties: sealmatch.v1.DeletionRefreshRequest.$Shape): sealmatch.v1.DeletionRefreshRequest & sealmatch.v1.DeletionRefreshRequest.$Shape;
            static create(properties?: sealmatch.v1.DeletionRefreshRequest.$Properties): sealmatch.v1.DeletionRefreshRequest;

            /**
             * Encodes the specified DeletionRefreshRequest message. Does not implicitly {@link sealmatch.v1.DeletionRefreshRequest.verify|verify} messages.
             * @param message DeletionRefreshRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.DeletionRefreshRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeletionRefreshRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeletionRefreshRequest & sealmatch.v1.DeletionRefreshRequest.$Shape} DeletionRefreshRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.DeletionRefreshRequest & sealmatch.v1.DeletionRefreshRequest.$Shape;

            /**
             * Verifies a DeletionRefreshRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeletionRefreshRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeletionRefreshRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.DeletionRefreshRequest;

            /**
             * Creates a plain object from a DeletionRefreshRequest message. Also converts values to other types if specified.
             * @param message DeletionRefreshRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.DeletionRefreshRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeletionRefreshRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeletionRefreshRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeletionRefreshRequest {

            /** Properties of a DeletionRefreshRequest. */
            interface $Properties {

                /** DeletionRefreshRequest parameterSetId */
                parameterSetId?: (string|null);

                /** DeletionRefreshRequest blockId */
                blockId?: (number|null);

                /** DeletionRefreshRequest columns */
                columns?: (sealmatch.v1.DeletionRefreshColumn.$Properties[]|null);

                /** DeletionRefreshRequest slot */
                slot?: (number|null);

                /** DeletionRefreshRequest enrollment */
                enrollment?: (Uint8Array|null);

                /** DeletionRefreshRequest deletion */
                deletion?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeletionRefreshRequest. */
            type $Shape = sealmatch.v1.DeletionRefreshRequest.$Properties;
        }

        /**
         * Properties of a RefreshResponse.
         * @deprecated Use sealmatch.v1.RefreshResponse.$Properties instead.
         */
        interface IRefreshResponse extends sealmatch.v1.RefreshResponse.$Properties {
        }

        /** Represents a RefreshResponse. */
        class RefreshResponse {

            /**
             * Constructs a new RefreshResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.RefreshResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RefreshResponse blockId. */
            blockId: number;

            /** RefreshResponse columns. */
            columns: Uint8Array[];

            /** RefreshResponse registrations. */
            registrations: sealmatch.v1.SlotRegistration.$Properties[];

            /**
             * Creates a new RefreshResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RefreshResponse instance
             */
            static create(properties: sealmatch.v1.RefreshResponse.$Shape): sealmatch.v1.RefreshResponse & sealmatch.v1.RefreshResponse.$Shape;
            static create(properties?: sealmatch.v1.RefreshResponse.$Properties): sealmatch.v1.RefreshResponse;

            /**
             * Encodes the specified RefreshResponse message. Does not implicitly {@link sealmatch.v1.RefreshResponse.verify|verify} messages.
             * @param message RefreshResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.RefreshResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RefreshResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.RefreshResponse & sealmatch.v1.RefreshResponse.$Shape} RefreshResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.RefreshResponse & sealmatch.v1.RefreshResponse.$Shape;

            /**
             * Verifies a RefreshResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RefreshResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RefreshResponse
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.RefreshResponse;

            /**
             * Creates a plain object from a RefreshResponse message. Also converts values to other types if specified.
             * @param message RefreshResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.RefreshResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RefreshResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RefreshResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RefreshResponse {

            /** Properties of a RefreshResponse. */
            interface $Properties {

                /** RefreshResponse blockId */
                blockId?: (number|null);

                /** RefreshResponse columns */
                columns?: (Uint8Array[]|null);

                /** RefreshResponse registrations */
                registrations?: (sealmatch.v1.SlotRegistration.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RefreshResponse. */
            type $Shape = sealmatch.v1.RefreshResponse.$Properties;
        }

        /**
         * Properties of a SlotRegistration.
         * @deprecated Use sealmatch.v1.SlotRegistration.$Properties instead.
         */
        interface ISlotRegistration extends sealmatch.v1.SlotRegistration.$Properties {
        }

        /** Represents a SlotRegistration. */
        class SlotRegistration {

            /**
             * Constructs a new SlotRegistration.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SlotRegistration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SlotRegistration parameterSetId. */
            parameterSetId: string;

            /** SlotRegistration subjectRef. */
            subjectRef: string;

            /** SlotRegistration blockId. */
            blockId: number;

            /** SlotRegistration slot. */
            slot: number;

            /** SlotRegistration requestHash. */
            requestHash: Uint8Array;

            /** SlotRegistration issuedAtMs. */
            issuedAtMs: number;

            /** SlotRegistration custodianKeyId. */
            custodianKeyId: Uint8Array;

            /** SlotRegistration signature. */
            signature: Uint8Array;

            /**
             * Creates a new SlotRegistration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SlotRegistration instance
             */
            static create(properties: sealmatch.v1.SlotRegistration.$Shape): sealmatch.v1.SlotRegistration & sealmatch.v1.SlotRegistration.$Shape;
            static create(properties?: sealmatch.v1.SlotRegistration.$Properties): sealmatch.v1.SlotRegistration;

            /**
             * Encodes the specified SlotRegistration message. Does not implicitly {@link sealmatch.v1.SlotRegistration.verify|verify} messages.
             * @param message SlotRegistration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SlotRegistration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SlotRegistration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SlotRegistration & sealmatch.v1.SlotRegistration.$Shape} SlotRegistration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SlotRegistration & sealmatch.v1.SlotRegistration.$Shape;

            /**
             * Verifies a SlotRegistration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SlotRegistration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SlotRegistration
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SlotRegistration;

            /**
             * Creates a plain object from a SlotRegistration message. Also converts values to other types if specified.
             * @param message SlotRegistration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SlotRegistration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SlotRegistration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SlotRegistration
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SlotRegistration {

            /** Properties of a SlotRegistration. */
            interface $Properties {

                /** SlotRegistration parameterSetId */
                parameterSetId?: (string|null);

                /** SlotRegistration subjectRef */
                subjectRef?: (string|null);

                /** SlotRegistration blockId */
                blockId?: (number|null);

                /** SlotRegistration slot */
                slot?: (number|null);

                /** SlotRegistration requestHash */
                requestHash?: (Uint8Array|null);

                /** SlotRegistration issuedAtMs */
                issuedAtMs?: (number|null);

                /** SlotRegistration custodianKeyId */
                custodianKeyId?: (Uint8Array|null);

                /** SlotRegistration signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SlotRegistration. */
            type $Shape = sealmatch.v1.SlotRegistration.$Properties;
        }

        /**
         * Properties of a GalleryEnrollRequest.
         * @deprecated Use sealmatch.v1.GalleryEnrollRequest.$Properties instead.
         */
        interface IGalleryEnrollRequest extends sealmatch.v1.GalleryEnrollRequest.$Properties {
        }

        /** Represents a GalleryEnrollRequest. */
        class GalleryEnrollRequest {

            /**
             * Constructs a new GalleryEnrollRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.GalleryEnrollRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GalleryEnrollRequest parameterSetId. */
            parameterSetId: string;

            /** GalleryEnrollRequest subjectRef. */
            subjectRef: string;

            /** GalleryEnrollRequest dim. */
            dim: number;

            /** GalleryEnrollRequest template. */
            template: Uint8Array;

            /** GalleryEnrollRequest caseId. */
            caseId: string;

            /** GalleryEnrollRequest nonce. */
            nonce: Uint8Array;

            /** GalleryEnrollRequest timestampMs. */
            timestampMs: number;

            /** GalleryEnrollRequest macEnvelope. */
            macEnvelope: Uint8Array;

            /** GalleryEnrollRequest heKeyId. */
            heKeyId: Uint8Array;

            /**
             * Creates a new GalleryEnrollRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GalleryEnrollRequest instance
             */
            static create(properties: sealmatch.v1.GalleryEnrollRequest.$Shape): sealmatch.v1.GalleryEnrollRequest & sealmatch.v1.GalleryEnrollRequest.$Shape;
            static create(properties?: sealmatch.v1.GalleryEnrollRequest.$Properties): sealmatch.v1.GalleryEnrollRequest;

            /**
             * Encodes the specified GalleryEnrollRequest message. Does not implicitly {@link sealmatch.v1.GalleryEnrollRequest.verify|verify} messages.
             * @param message GalleryEnrollRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.GalleryEnrollRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GalleryEnrollRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryEnrollRequest & sealmatch.v1.GalleryEnrollRequest.$Shape} GalleryEnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.GalleryEnrollRequest & sealmatch.v1.GalleryEnrollRequest.$Shape;

            /**
             * Verifies a GalleryEnrollRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GalleryEnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GalleryEnrollRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.GalleryEnrollRequest;

            /**
             * Creates a plain object from a GalleryEnrollRequest message. Also converts values to other types if specified.
             * @param message GalleryEnrollRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.GalleryEnrollRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GalleryEnrollRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GalleryEnrollRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GalleryEnrollRequest {

            /** Properties of a GalleryEnrollRequest. */
            interface $Properties {

                /** GalleryEnrollRequest parameterSetId */
                parameterSetId?: (string|null);

                /** GalleryEnrollRequest subjectRef */
                subjectRef?: (string|null);

                /** GalleryEnrollRequest dim */
                dim?: (number|null);

                /** GalleryEnrollRequest template */
                template?: (Uint8Array|null);

                /** GalleryEnrollRequest caseId */
                caseId?: (string|null);

                /** GalleryEnrollRequest nonce */
                nonce?: (Uint8Array|null);

                /** GalleryEnrollRequest timestampMs */
                timestampMs?: (number|null);

                /** GalleryEnrollRequest macEnvelope */
                macEnvelope?: (Uint8Array|null);

                /** GalleryEnrollRequest heKeyId */
                heKeyId?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GalleryEnrollRequest. */
            type $Shape = sealmatch.v1.GalleryEnrollRequest.$Properties;
        }

        /**
         * Properties of a GalleryEnrollSubmission.
         * @deprecated Use sealmatch.v1.GalleryEnrollSubmission.$Properties instead.
         */
        interface IGalleryEnrollSubmission extends sealmatch.v1.GalleryEnrollSubmission.$Properties {
        }

        /** Represents a GalleryEnrollSubmission. */
        class GalleryEnrollSubmission {

            /**
             * Constructs a new GalleryEnrollSubmission.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.GalleryEnrollSubmission.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GalleryEnrollSubmission signedRequest. */
            signedRequest: Uint8Array;

            /** GalleryEnrollSubmission maskSeed. */
            maskSeed: Uint8Array;

            /**
             * Creates a new GalleryEnrollSubmission instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GalleryEnrollSubmission instance
             */
            static create(properties: sealmatch.v1.GalleryEnrollSubmission.$Shape): sealmatch.v1.GalleryEnrollSubmission & sealmatch.v1.GalleryEnrollSubmission.$Shape;
            static create(properties?: sealmatch.v1.GalleryEnrollSubmission.$Properties): sealmatch.v1.GalleryEnrollSubmission;

            /**
             * Encodes the specified GalleryEnrollSubmission message. Does not implicitly {@link sealmatch.v1.GalleryEnrollSubmission.verify|verify} messages.
             * @param message GalleryEnrollSubmission message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.GalleryEnrollSubmission.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GalleryEnrollSubmission message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryEnrollSubmission & sealmatch.v1.GalleryEnrollSubmission.$Shape} GalleryEnrollSubmission
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.GalleryEnrollSubmission & sealmatch.v1.GalleryEnrollSubmission.$Shape;

            /**
             * Verifies a GalleryEnrollSubmission message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GalleryEnrollSubmission message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GalleryEnrollSubmission
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.GalleryEnrollSubmission;

            /**
             * Creates a plain object from a GalleryEnrollSubmission message. Also converts values to other types if specified.
             * @param message GalleryEnrollSubmission
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.GalleryEnrollSubmission, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GalleryEnrollSubmission to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GalleryEnrollSubmission
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GalleryEnrollSubmission {

            /** Properties of a GalleryEnrollSubmission. */
            interface $Properties {

                /** GalleryEnrollSubmission signedRequest */
                signedRequest?: (Uint8Array|null);

                /** GalleryEnrollSubmission maskSeed */
                maskSeed?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GalleryEnrollSubmission. */
            type $Shape = sealmatch.v1.GalleryEnrollSubmission.$Properties;
        }

        /**
         * Properties of a GalleryDeleteRequest.
         * @deprecated Use sealmatch.v1.GalleryDeleteRequest.$Properties instead.
         */
        interface IGalleryDeleteRequest extends sealmatch.v1.GalleryDeleteRequest.$Properties {
        }

        /** Represents a GalleryDeleteRequest. */
        class GalleryDeleteRequest {

            /**
             * Constructs a new GalleryDeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.GalleryDeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GalleryDeleteRequest subjectRef. */
            subjectRef: string;

            /** GalleryDeleteRequest caseId. */
            caseId: string;

            /** GalleryDeleteRequest nonce. */
            nonce: Uint8Array;

            /** GalleryDeleteRequest timestampMs. */
            timestampMs: number;

            /**
             * Creates a new GalleryDeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GalleryDeleteRequest instance
             */
            static create(properties: sealmatch.v1.GalleryDeleteRequest.$Shape): sealmatch.v1.GalleryDeleteRequest & sealmatch.v1.GalleryDeleteRequest.$Shape;
            static create(properties?: sealmatch.v1.GalleryDeleteRequest.$Properties): sealmatch.v1.GalleryDeleteRequest;

            /**
             * Encodes the specified GalleryDeleteRequest message. Does not implicitly {@link sealmatch.v1.GalleryDeleteRequest.verify|verify} messages.
             * @param message GalleryDeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.GalleryDeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GalleryDeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.GalleryDeleteRequest & sealmatch.v1.GalleryDeleteRequest.$Shape} GalleryDeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.GalleryDeleteRequest & sealmatch.v1.GalleryDeleteRequest.$Shape;

            /**
             * Verifies a GalleryDeleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GalleryDeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GalleryDeleteRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.GalleryDeleteRequest;

            /**
             * Creates a plain object from a GalleryDeleteRequest message. Also converts values to other types if specified.
             * @param message GalleryDeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.GalleryDeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GalleryDeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GalleryDeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GalleryDeleteRequest {

            /** Properties of a GalleryDeleteRequest. */
            interface $Properties {

                /** GalleryDeleteRequest subjectRef */
                subjectRef?: (string|null);

                /** GalleryDeleteRequest caseId */
                caseId?: (string|null);

                /** GalleryDeleteRequest nonce */
                nonce?: (Uint8Array|null);

                /** GalleryDeleteRequest timestampMs */
                timestampMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GalleryDeleteRequest. */
            type $Shape = sealmatch.v1.GalleryDeleteRequest.$Properties;
        }

        /** TransactionKind enum. */
        enum TransactionKind {

            /** TRANSACTION_KIND_UNSPECIFIED value */
            TRANSACTION_KIND_UNSPECIFIED = 0,

            /** TRANSACTION_KIND_WITHDRAWAL value */
            TRANSACTION_KIND_WITHDRAWAL = 1,

            /** TRANSACTION_KIND_TOP_UP value */
            TRANSACTION_KIND_TOP_UP = 2,

            /** TRANSACTION_KIND_ENROLLMENT value */
            TRANSACTION_KIND_ENROLLMENT = 3
        }

        /**
         * Properties of a Transaction.
         * @deprecated Use sealmatch.v1.Transaction.$Properties instead.
         */
        interface ITransaction extends sealmatch.v1.Transaction.$Properties {
        }

        /** Represents a Transaction. */
        class Transaction {

            /**
             * Constructs a new Transaction.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.Transaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Transaction amountMinor. */
            amountMinor: number;

            /** Transaction currency. */
            currency: string;

            /** Transaction terminalId. */
            terminalId: string;

            /** Transaction nonce. */
            nonce: Uint8Array;

            /** Transaction timestampMs. */
            timestampMs: number;

            /** Transaction senderRef. */
            senderRef: string;

            /** Transaction kind. */
            kind: sealmatch.v1.TransactionKind;

            /**
             * Creates a new Transaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Transaction instance
             */
            static create(properties: sealmatch.v1.Transaction.$Shape): sealmatch.v1.Transaction & sealmatch.v1.Transaction.$Shape;
            static create(properties?: sealmatch.v1.Transaction.$Properties): sealmatch.v1.Transaction;

            /**
             * Encodes the specified Transaction message. Does not implicitly {@link sealmatch.v1.Transaction.verify|verify} messages.
             * @param message Transaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.Transaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Transaction message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.Transaction & sealmatch.v1.Transaction.$Shape} Transaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.Transaction & sealmatch.v1.Transaction.$Shape;

            /**
             * Verifies a Transaction message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Transaction message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Transaction
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.Transaction;

            /**
             * Creates a plain object from a Transaction message. Also converts values to other types if specified.
             * @param message Transaction
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.Transaction, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Transaction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Transaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Transaction {

            /** Properties of a Transaction. */
            interface $Properties {

                /** Transaction amountMinor */
                amountMinor?: (number|null);

                /** Transaction currency */
                currency?: (string|null);

                /** Transaction terminalId */
                terminalId?: (string|null);

                /** Transaction nonce */
                nonce?: (Uint8Array|null);

                /** Transaction timestampMs */
                timestampMs?: (number|null);

                /** Transaction senderRef */
                senderRef?: (string|null);

                /** Transaction kind */
                kind?: (sealmatch.v1.TransactionKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Transaction. */
            type $Shape = sealmatch.v1.Transaction.$Properties;
        }

        /**
         * Properties of an EncryptedTemplate.
         * @deprecated Use sealmatch.v1.EncryptedTemplate.$Properties instead.
         */
        interface IEncryptedTemplate extends sealmatch.v1.EncryptedTemplate.$Properties {
        }

        /** Represents an EncryptedTemplate. */
        class EncryptedTemplate {

            /**
             * Constructs a new EncryptedTemplate.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.EncryptedTemplate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EncryptedTemplate parameterSetId. */
            parameterSetId: string;

            /** EncryptedTemplate subjectRef. */
            subjectRef: string;

            /** EncryptedTemplate dim. */
            dim: number;

            /** EncryptedTemplate ciphertext. */
            ciphertext: Uint8Array;

            /** EncryptedTemplate modality. */
            modality: sealmatch.v1.Modality;

            /** EncryptedTemplate heKeyId. */
            heKeyId: Uint8Array;

            /** EncryptedTemplate macEnvelope. */
            macEnvelope: Uint8Array;

            /** EncryptedTemplate partDims. */
            partDims: number[];

            /**
             * Creates a new EncryptedTemplate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EncryptedTemplate instance
             */
            static create(properties: sealmatch.v1.EncryptedTemplate.$Shape): sealmatch.v1.EncryptedTemplate & sealmatch.v1.EncryptedTemplate.$Shape;
            static create(properties?: sealmatch.v1.EncryptedTemplate.$Properties): sealmatch.v1.EncryptedTemplate;

            /**
             * Encodes the specified EncryptedTemplate message. Does not implicitly {@link sealmatch.v1.EncryptedTemplate.verify|verify} messages.
             * @param message EncryptedTemplate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.EncryptedTemplate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EncryptedTemplate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.EncryptedTemplate & sealmatch.v1.EncryptedTemplate.$Shape} EncryptedTemplate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.EncryptedTemplate & sealmatch.v1.EncryptedTemplate.$Shape;

            /**
             * Verifies an EncryptedTemplate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EncryptedTemplate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EncryptedTemplate
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.EncryptedTemplate;

            /**
             * Creates a plain object from an EncryptedTemplate message. Also converts values to other types if specified.
             * @param message EncryptedTemplate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.EncryptedTemplate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EncryptedTemplate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EncryptedTemplate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncryptedTemplate {

            /** Properties of an EncryptedTemplate. */
            interface $Properties {

                /** EncryptedTemplate parameterSetId */
                parameterSetId?: (string|null);

                /** EncryptedTemplate subjectRef */
                subjectRef?: (string|null);

                /** EncryptedTemplate dim */
                dim?: (number|null);

                /** EncryptedTemplate ciphertext */
                ciphertext?: (Uint8Array|null);

                /** EncryptedTemplate modality */
                modality?: (sealmatch.v1.Modality|null);

                /** EncryptedTemplate heKeyId */
                heKeyId?: (Uint8Array|null);

                /** EncryptedTemplate macEnvelope */
                macEnvelope?: (Uint8Array|null);

                /** EncryptedTemplate partDims */
                partDims?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EncryptedTemplate. */
            type $Shape = sealmatch.v1.EncryptedTemplate.$Properties;
        }

        /**
         * Properties of an OfficerApproval.
         * @deprecated Use sealmatch.v1.OfficerApproval.$Properties instead.
         */
        interface IOfficerApproval extends sealmatch.v1.OfficerApproval.$Properties {
        }

        /** Represents an OfficerApproval. */
        class OfficerApproval {

            /**
             * Constructs a new OfficerApproval.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.OfficerApproval.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OfficerApproval officerKeyId. */
            officerKeyId: Uint8Array;

            /** OfficerApproval signature. */
            signature: Uint8Array;

            /**
             * Creates a new OfficerApproval instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OfficerApproval instance
             */
            static create(properties: sealmatch.v1.OfficerApproval.$Shape): sealmatch.v1.OfficerApproval & sealmatch.v1.OfficerApproval.$Shape;
            static create(properties?: sealmatch.v1.OfficerApproval.$Properties): sealmatch.v1.OfficerApproval;

            /**
             * Encodes the specified OfficerApproval message. Does not implicitly {@link sealmatch.v1.OfficerApproval.verify|verify} messages.
             * @param message OfficerApproval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.OfficerApproval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OfficerApproval message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.OfficerApproval & sealmatch.v1.OfficerApproval.$Shape} OfficerApproval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.OfficerApproval & sealmatch.v1.OfficerApproval.$Shape;

            /**
             * Verifies an OfficerApproval message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OfficerApproval message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OfficerApproval
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.OfficerApproval;

            /**
             * Creates a plain object from an OfficerApproval message. Also converts values to other types if specified.
             * @param message OfficerApproval
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.OfficerApproval, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OfficerApproval to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OfficerApproval
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OfficerApproval {

            /** Properties of an OfficerApproval. */
            interface $Properties {

                /** OfficerApproval officerKeyId */
                officerKeyId?: (Uint8Array|null);

                /** OfficerApproval signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OfficerApproval. */
            type $Shape = sealmatch.v1.OfficerApproval.$Properties;
        }

        /**
         * Properties of an EnrollRequest.
         * @deprecated Use sealmatch.v1.EnrollRequest.$Properties instead.
         */
        interface IEnrollRequest extends sealmatch.v1.EnrollRequest.$Properties {
        }

        /** Represents an EnrollRequest. */
        class EnrollRequest {

            /**
             * Constructs a new EnrollRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.EnrollRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EnrollRequest template. */
            template?: (sealmatch.v1.EncryptedTemplate.$Properties|null);

            /** EnrollRequest transaction. */
            transaction?: (sealmatch.v1.Transaction.$Properties|null);

            /** EnrollRequest approval. */
            approval?: (sealmatch.v1.OfficerApproval.$Properties|null);

            /** EnrollRequest replace. */
            replace: boolean;

            /**
             * Creates a new EnrollRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EnrollRequest instance
             */
            static create(properties: sealmatch.v1.EnrollRequest.$Shape): sealmatch.v1.EnrollRequest & sealmatch.v1.EnrollRequest.$Shape;
            static create(properties?: sealmatch.v1.EnrollRequest.$Properties): sealmatch.v1.EnrollRequest;

            /**
             * Encodes the specified EnrollRequest message. Does not implicitly {@link sealmatch.v1.EnrollRequest.verify|verify} messages.
             * @param message EnrollRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.EnrollRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EnrollRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.EnrollRequest & sealmatch.v1.EnrollRequest.$Shape} EnrollRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.EnrollRequest & sealmatch.v1.EnrollRequest.$Shape;

            /**
             * Verifies an EnrollRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EnrollRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EnrollRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.EnrollRequest;

            /**
             * Creates a plain object from an EnrollRequest message. Also converts values to other types if specified.
             * @param message EnrollRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.EnrollRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EnrollRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for EnrollRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnrollRequest {

            /** Properties of an EnrollRequest. */
            interface $Properties {

                /** EnrollRequest template */
                template?: (sealmatch.v1.EncryptedTemplate.$Properties|null);

                /** EnrollRequest transaction */
                transaction?: (sealmatch.v1.Transaction.$Properties|null);

                /** EnrollRequest approval */
                approval?: (sealmatch.v1.OfficerApproval.$Properties|null);

                /** EnrollRequest replace */
                replace?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EnrollRequest. */
            type $Shape = sealmatch.v1.EnrollRequest.$Properties;
        }

        /**
         * Properties of a VerifyRequest.
         * @deprecated Use sealmatch.v1.VerifyRequest.$Properties instead.
         */
        interface IVerifyRequest extends sealmatch.v1.VerifyRequest.$Properties {
        }

        /** Represents a VerifyRequest. */
        class VerifyRequest {

            /**
             * Constructs a new VerifyRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.VerifyRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VerifyRequest parameterSetId. */
            parameterSetId: string;

            /** VerifyRequest subjectRef. */
            subjectRef: string;

            /** VerifyRequest dim. */
            dim: number;

            /** VerifyRequest probe. */
            probe: Uint8Array;

            /** VerifyRequest transaction. */
            transaction?: (sealmatch.v1.Transaction.$Properties|null);

            /** VerifyRequest modality. */
            modality: sealmatch.v1.Modality;

            /** VerifyRequest fused. */
            fused?: (sealmatch.v1.SecondaryProbe.$Properties|null);

            /** VerifyRequest heKeyId. */
            heKeyId: Uint8Array;

            /** VerifyRequest macEnvelope. */
            macEnvelope: Uint8Array;

            /** VerifyRequest partDims. */
            partDims: number[];

            /**
             * Creates a new VerifyRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VerifyRequest instance
             */
            static create(properties: sealmatch.v1.VerifyRequest.$Shape): sealmatch.v1.VerifyRequest & sealmatch.v1.VerifyRequest.$Shape;
            static create(properties?: sealmatch.v1.VerifyRequest.$Properties): sealmatch.v1.VerifyRequest;

            /**
             * Encodes the specified VerifyRequest message. Does not implicitly {@link sealmatch.v1.VerifyRequest.verify|verify} messages.
             * @param message VerifyRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.VerifyRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VerifyRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.VerifyRequest & sealmatch.v1.VerifyRequest.$Shape} VerifyRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.VerifyRequest & sealmatch.v1.VerifyRequest.$Shape;

            /**
             * Verifies a VerifyRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VerifyRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VerifyRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.VerifyRequest;

            /**
             * Creates a plain object from a VerifyRequest message. Also converts values to other types if specified.
             * @param message VerifyRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.VerifyRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VerifyRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VerifyRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VerifyRequest {

            /** Properties of a VerifyRequest. */
            interface $Properties {

                /** VerifyRequest parameterSetId */
                parameterSetId?: (string|null);

                /** VerifyRequest subjectRef */
                subjectRef?: (string|null);

                /** VerifyRequest dim */
                dim?: (number|null);

                /** VerifyRequest probe */
                probe?: (Uint8Array|null);

                /** VerifyRequest transaction */
                transaction?: (sealmatch.v1.Transaction.$Properties|null);

                /** VerifyRequest modality */
                modality?: (sealmatch.v1.Modality|null);

                /** VerifyRequest fused */
                fused?: (sealmatch.v1.SecondaryProbe.$Properties|null);

                /** VerifyRequest heKeyId */
                heKeyId?: (Uint8Array|null);

                /** VerifyRequest macEnvelope */
                macEnvelope?: (Uint8Array|null);

                /** VerifyRequest partDims */
                partDims?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VerifyRequest. */
            type $Shape = sealmatch.v1.VerifyRequest.$Properties;
        }

        /**
         * Properties of a SecondaryProbe.
         * @deprecated Use sealmatch.v1.SecondaryProbe.$Properties instead.
         */
        interface ISecondaryProbe extends sealmatch.v1.SecondaryProbe.$Properties {
        }

        /** Represents a SecondaryProbe. */
        class SecondaryProbe {

            /**
             * Constructs a new SecondaryProbe.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SecondaryProbe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SecondaryProbe modality. */
            modality: sealmatch.v1.Modality;

            /** SecondaryProbe dim. */
            dim: number;

            /** SecondaryProbe probe. */
            probe: Uint8Array;

            /**
             * Creates a new SecondaryProbe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SecondaryProbe instance
             */
            static create(properties: sealmatch.v1.SecondaryProbe.$Shape): sealmatch.v1.SecondaryProbe & sealmatch.v1.SecondaryProbe.$Shape;
            static create(properties?: sealmatch.v1.SecondaryProbe.$Properties): sealmatch.v1.SecondaryProbe;

            /**
             * Encodes the specified SecondaryProbe message. Does not implicitly {@link sealmatch.v1.SecondaryProbe.verify|verify} messages.
             * @param message SecondaryProbe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SecondaryProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SecondaryProbe message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SecondaryProbe & sealmatch.v1.SecondaryProbe.$Shape} SecondaryProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SecondaryProbe & sealmatch.v1.SecondaryProbe.$Shape;

            /**
             * Verifies a SecondaryProbe message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SecondaryProbe message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SecondaryProbe
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SecondaryProbe;

            /**
             * Creates a plain object from a SecondaryProbe message. Also converts values to other types if specified.
             * @param message SecondaryProbe
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SecondaryProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SecondaryProbe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SecondaryProbe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecondaryProbe {

            /** Properties of a SecondaryProbe. */
            interface $Properties {

                /** SecondaryProbe modality */
                modality?: (sealmatch.v1.Modality|null);

                /** SecondaryProbe dim */
                dim?: (number|null);

                /** SecondaryProbe probe */
                probe?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SecondaryProbe. */
            type $Shape = sealmatch.v1.SecondaryProbe.$Properties;
        }

        /** BodyType enum. */
        enum BodyType {

            /** BODY_TYPE_UNSPECIFIED value */
            BODY_TYPE_UNSPECIFIED = 0,

            /** BODY_TYPE_VERIFY_REQUEST value */
            BODY_TYPE_VERIFY_REQUEST = 1,

            /** BODY_TYPE_ENROLL_REQUEST value */
            BODY_TYPE_ENROLL_REQUEST = 2,

            /** BODY_TYPE_DELETE_REQUEST value */
            BODY_TYPE_DELETE_REQUEST = 3,

            /** BODY_TYPE_AUTHORIZE_REQUEST value */
            BODY_TYPE_AUTHORIZE_REQUEST = 4,

            /** BODY_TYPE_IDENTIFY_REQUEST value */
            BODY_TYPE_IDENTIFY_REQUEST = 5,

            /** BODY_TYPE_GALLERY_ENROLL_REQUEST value */
            BODY_TYPE_GALLERY_ENROLL_REQUEST = 6,

            /** BODY_TYPE_GALLERY_DELETE_REQUEST value */
            BODY_TYPE_GALLERY_DELETE_REQUEST = 7
        }

        /**
         * Properties of a SignedRequest.
         * @deprecated Use sealmatch.v1.SignedRequest.$Properties instead.
         */
        interface ISignedRequest extends sealmatch.v1.SignedRequest.$Properties {
        }

        /** Represents a SignedRequest. */
        class SignedRequest {

            /**
             * Constructs a new SignedRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SignedRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedRequest body. */
            body: Uint8Array;

            /** SignedRequest bodyType. */
            bodyType: sealmatch.v1.BodyType;

            /** SignedRequest keyId. */
            keyId: Uint8Array;

            /** SignedRequest signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedRequest instance
             */
            static create(properties: sealmatch.v1.SignedRequest.$Shape): sealmatch.v1.SignedRequest & sealmatch.v1.SignedRequest.$Shape;
            static create(properties?: sealmatch.v1.SignedRequest.$Properties): sealmatch.v1.SignedRequest;

            /**
             * Encodes the specified SignedRequest message. Does not implicitly {@link sealmatch.v1.SignedRequest.verify|verify} messages.
             * @param message SignedRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SignedRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedRequest & sealmatch.v1.SignedRequest.$Shape} SignedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SignedRequest & sealmatch.v1.SignedRequest.$Shape;

            /**
             * Verifies a SignedRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SignedRequest;

            /**
             * Creates a plain object from a SignedRequest message. Also converts values to other types if specified.
             * @param message SignedRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SignedRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedRequest {

            /** Properties of a SignedRequest. */
            interface $Properties {

                /** SignedRequest body */
                body?: (Uint8Array|null);

                /** SignedRequest bodyType */
                bodyType?: (sealmatch.v1.BodyType|null);

                /** SignedRequest keyId */
                keyId?: (Uint8Array|null);

                /** SignedRequest signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedRequest. */
            type $Shape = sealmatch.v1.SignedRequest.$Properties;
        }

        /**
         * Properties of a DeleteRequest.
         * @deprecated Use sealmatch.v1.DeleteRequest.$Properties instead.
         */
        interface IDeleteRequest extends sealmatch.v1.DeleteRequest.$Properties {
        }

        /** Represents a DeleteRequest. */
        class DeleteRequest {

            /**
             * Constructs a new DeleteRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.DeleteRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DeleteRequest subjectRef. */
            subjectRef: string;

            /** DeleteRequest transaction. */
            transaction?: (sealmatch.v1.Transaction.$Properties|null);

            /** DeleteRequest approval. */
            approval?: (sealmatch.v1.OfficerApproval.$Properties|null);

            /**
             * Creates a new DeleteRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DeleteRequest instance
             */
            static create(properties: sealmatch.v1.DeleteRequest.$Shape): sealmatch.v1.DeleteRequest & sealmatch.v1.DeleteRequest.$Shape;
            static create(properties?: sealmatch.v1.DeleteRequest.$Properties): sealmatch.v1.DeleteRequest;

            /**
             * Encodes the specified DeleteRequest message. Does not implicitly {@link sealmatch.v1.DeleteRequest.verify|verify} messages.
             * @param message DeleteRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.DeleteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DeleteRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.DeleteRequest & sealmatch.v1.DeleteRequest.$Shape} DeleteRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.DeleteRequest & sealmatch.v1.DeleteRequest.$Shape;

            /**
             * Verifies a DeleteRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DeleteRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DeleteRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.DeleteRequest;

            /**
             * Creates a plain object from a DeleteRequest message. Also converts values to other types if specified.
             * @param message DeleteRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.DeleteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DeleteRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for DeleteRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeleteRequest {

            /** Properties of a DeleteRequest. */
            interface $Properties {

                /** DeleteRequest subjectRef */
                subjectRef?: (string|null);

                /** DeleteRequest transaction */
                transaction?: (sealmatch.v1.Transaction.$Properties|null);

                /** DeleteRequest approval */
                approval?: (sealmatch.v1.OfficerApproval.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DeleteRequest. */
            type $Shape = sealmatch.v1.DeleteRequest.$Properties;
        }

        /**
         * Properties of a BlindedResult.
         * @deprecated Use sealmatch.v1.BlindedResult.$Properties instead.
         */
        interface IBlindedResult extends sealmatch.v1.BlindedResult.$Properties {
        }

        /** Represents a BlindedResult. */
        class BlindedResult {

            /**
             * Constructs a new BlindedResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.BlindedResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlindedResult parameterSetId. */
            parameterSetId: string;

            /** BlindedResult requestHash. */
            requestHash: Uint8Array;

            /** BlindedResult ciphertext. */
            ciphertext: Uint8Array;

            /** BlindedResult evaluation. */
            evaluation: Uint8Array;

            /** BlindedResult scoreScale. */
            scoreScale: number;

            /** BlindedResult signedRequest. */
            signedRequest: Uint8Array;

            /**
             * Creates a new BlindedResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlindedResult instance
             */
            static create(properties: sealmatch.v1.BlindedResult.$Shape): sealmatch.v1.BlindedResult & sealmatch.v1.BlindedResult.$Shape;
            static create(properties?: sealmatch.v1.BlindedResult.$Properties): sealmatch.v1.BlindedResult;

            /**
             * Encodes the specified BlindedResult message. Does not implicitly {@link sealmatch.v1.BlindedResult.verify|verify} messages.
             * @param message BlindedResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.BlindedResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlindedResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.BlindedResult & sealmatch.v1.BlindedResult.$Shape} BlindedResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.BlindedResult & sealmatch.v1.BlindedResult.$Shape;

            /**
             * Verifies a BlindedResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlindedResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlindedResult
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.BlindedResult;

            /**
             * Creates a plain object from a BlindedResult message. Also converts values to other types if specified.
             * @param message BlindedResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.BlindedResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlindedResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BlindedResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlindedResult {

            /** Properties of a BlindedResult. */
            interface $Properties {

                /** BlindedResult parameterSetId */
                parameterSetId?: (string|null);

                /** BlindedResult requestHash */
                requestHash?: (Uint8Array|null);

                /** BlindedResult ciphertext */
                ciphertext?: (Uint8Array|null);

                /** BlindedResult evaluation */
                evaluation?: (Uint8Array|null);

                /** BlindedResult scoreScale */
                scoreScale?: (number|null);

                /** BlindedResult signedRequest */
                signedRequest?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlindedResult. */
            type $Shape = sealmatch.v1.BlindedResult.$Properties;
        }

        /**
         * Properties of a SignedDecision.
         * @deprecated Use sealmatch.v1.SignedDecision.$Properties instead.
         */
        interface ISignedDecision extends sealmatch.v1.SignedDecision.$Properties {
        }

        /** Represents a SignedDecision. */
        class SignedDecision {

            /**
             * Constructs a new SignedDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.SignedDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedDecision parameterSetId. */
            parameterSetId: string;

            /** SignedDecision requestHash. */
            requestHash: Uint8Array;

            /** SignedDecision match. */
            match: boolean;

            /** SignedDecision issuedAtMs. */
            issuedAtMs: number;

            /** SignedDecision custodianKeyId. */
            custodianKeyId: Uint8Array;

            /** SignedDecision signature. */
            signature: Uint8Array;

            /** SignedDecision score. */
            score: number;

            /**
             * Creates a new SignedDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedDecision instance
             */
            static create(properties: sealmatch.v1.SignedDecision.$Shape): sealmatch.v1.SignedDecision & sealmatch.v1.SignedDecision.$Shape;
            static create(properties?: sealmatch.v1.SignedDecision.$Properties): sealmatch.v1.SignedDecision;

            /**
             * Encodes the specified SignedDecision message. Does not implicitly {@link sealmatch.v1.SignedDecision.verify|verify} messages.
             * @param message SignedDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.SignedDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.SignedDecision & sealmatch.v1.SignedDecision.$Shape} SignedDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.SignedDecision & sealmatch.v1.SignedDecision.$Shape;

            /**
             * Verifies a SignedDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedDecision
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.SignedDecision;

            /**
             * Creates a plain object from a SignedDecision message. Also converts values to other types if specified.
             * @param message SignedDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.SignedDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SignedDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SignedDecision {

            /** Properties of a SignedDecision. */
            interface $Properties {

                /** SignedDecision parameterSetId */
                parameterSetId?: (string|null);

                /** SignedDecision requestHash */
                requestHash?: (Uint8Array|null);

                /** SignedDecision match */
                match?: (boolean|null);

                /** SignedDecision issuedAtMs */
                issuedAtMs?: (number|null);

                /** SignedDecision custodianKeyId */
                custodianKeyId?: (Uint8Array|null);

                /** SignedDecision signature */
                signature?: (Uint8Array|null);

                /** SignedDecision score */
                score?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedDecision. */
            type $Shape = sealmatch.v1.SignedDecision.$Properties;
        }

        /**
         * Properties of an AuthorizeRequest.
         * @deprecated Use sealmatch.v1.AuthorizeRequest.$Properties instead.
         */
        interface IAuthorizeRequest extends sealmatch.v1.AuthorizeRequest.$Properties {
        }

        /** Represents an AuthorizeRequest. */
        class AuthorizeRequest {

            /**
             * Constructs a new AuthorizeRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.AuthorizeRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthorizeRequest subjectRef. */
            subjectRef: string;

            /** AuthorizeRequest transaction. */
            transaction?: (sealmatch.v1.Transaction.$Properties|null);

            /**
             * Creates a new AuthorizeRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthorizeRequest instance
             */
            static create(properties: sealmatch.v1.AuthorizeRequest.$Shape): sealmatch.v1.AuthorizeRequest & sealmatch.v1.AuthorizeRequest.$Shape;
            static create(properties?: sealmatch.v1.AuthorizeRequest.$Properties): sealmatch.v1.AuthorizeRequest;

            /**
             * Encodes the specified AuthorizeRequest message. Does not implicitly {@link sealmatch.v1.AuthorizeRequest.verify|verify} messages.
             * @param message AuthorizeRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.AuthorizeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthorizeRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuthorizeRequest & sealmatch.v1.AuthorizeRequest.$Shape} AuthorizeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.AuthorizeRequest & sealmatch.v1.AuthorizeRequest.$Shape;

            /**
             * Verifies an AuthorizeRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthorizeRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthorizeRequest
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.AuthorizeRequest;

            /**
             * Creates a plain object from an AuthorizeRequest message. Also converts values to other types if specified.
             * @param message AuthorizeRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.AuthorizeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthorizeRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthorizeRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthorizeRequest {

            /** Properties of an AuthorizeRequest. */
            interface $Properties {

                /** AuthorizeRequest subjectRef */
                subjectRef?: (string|null);

                /** AuthorizeRequest transaction */
                transaction?: (sealmatch.v1.Transaction.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthorizeRequest. */
            type $Shape = sealmatch.v1.AuthorizeRequest.$Properties;
        }

        /**
         * Properties of an AuthorizeResponse.
         * @deprecated Use sealmatch.v1.AuthorizeResponse.$Properties instead.
         */
        interface IAuthorizeResponse extends sealmatch.v1.AuthorizeResponse.$Properties {
        }

        /** Represents an AuthorizeResponse. */
        class AuthorizeResponse {

            /**
             * Constructs a new AuthorizeResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.AuthorizeResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AuthorizeResponse allowed. */
            allowed: boolean;

            /** AuthorizeResponse biometricRequired. */
            biometricRequired: boolean;

            /** AuthorizeResponse reason. */
            reason: string;

            /**
             * Creates a new AuthorizeResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AuthorizeResponse instance
             */
            static create(properties: sealmatch.v1.AuthorizeResponse.$Shape): sealmatch.v1.AuthorizeResponse & sealmatch.v1.AuthorizeResponse.$Shape;
            static create(properties?: sealmatch.v1.AuthorizeResponse.$Properties): sealmatch.v1.AuthorizeResponse;

            /**
             * Encodes the specified AuthorizeResponse message. Does not implicitly {@link sealmatch.v1.AuthorizeResponse.verify|verify} messages.
             * @param message AuthorizeResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.AuthorizeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AuthorizeResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.AuthorizeResponse & sealmatch.v1.AuthorizeResponse.$Shape} AuthorizeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.AuthorizeResponse & sealmatch.v1.AuthorizeResponse.$Shape;

            /**
             * Verifies an AuthorizeResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AuthorizeResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AuthorizeResponse
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.AuthorizeResponse;

            /**
             * Creates a plain object from an AuthorizeResponse message. Also converts values to other types if specified.
             * @param message AuthorizeResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.AuthorizeResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AuthorizeResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AuthorizeResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AuthorizeResponse {

            /** Properties of an AuthorizeResponse. */
            interface $Properties {

                /** AuthorizeResponse allowed */
                allowed?: (boolean|null);

                /** AuthorizeResponse biometricRequired */
                biometricRequired?: (boolean|null);

                /** AuthorizeResponse reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AuthorizeResponse. */
            type $Shape = sealmatch.v1.AuthorizeResponse.$Properties;
        }

        /** ReceiptOutcome enum. */
        enum ReceiptOutcome {

            /** RECEIPT_OUTCOME_UNSPECIFIED value */
            RECEIPT_OUTCOME_UNSPECIFIED = 0,

            /** RECEIPT_OUTCOME_ACCEPTED value */
            RECEIPT_OUTCOME_ACCEPTED = 1
        }

        /**
         * Properties of a Receipt.
         * @deprecated Use sealmatch.v1.Receipt.$Properties instead.
         */
        interface IReceipt extends sealmatch.v1.Receipt.$Properties {
        }

        /** Represents a Receipt. */
        class Receipt {

            /**
             * Constructs a new Receipt.
             * @param [properties] Properties to set
             */
            constructor(properties?: sealmatch.v1.Receipt.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Receipt subjectRef. */
            subjectRef: string;

            /** Receipt outcome. */
            outcome: sealmatch.v1.ReceiptOutcome;

            /** Receipt auditSeq. */
            auditSeq: number;

            /** Receipt requestHash. */
            requestHash: Uint8Array;

            /** Receipt custodianRegistration. */
            custodianRegistration: Uint8Array;

            /**
             * Creates a new Receipt instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Receipt instance
             */
            static create(properties: sealmatch.v1.Receipt.$Shape): sealmatch.v1.Receipt & sealmatch.v1.Receipt.$Shape;
            static create(properties?: sealmatch.v1.Receipt.$Properties): sealmatch.v1.Receipt;

            /**
             * Encodes the specified Receipt message. Does not implicitly {@link sealmatch.v1.Receipt.verify|verify} messages.
             * @param message Receipt message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sealmatch.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Receipt message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sealmatch.v1.Receipt & sealmatch.v1.Receipt.$Shape} Receipt
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sealmatch.v1.Receipt & sealmatch.v1.Receipt.$Shape;

            /**
             * Verifies a Receipt message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Receipt message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Receipt
             */
            static fromObject(object: { [k: string]: any }): sealmatch.v1.Receipt;

            /**
             * Creates a plain object from a Receipt message. Also converts values to other types if specified.
             * @param message Receipt
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sealmatch.v1.Receipt, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Receipt to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Receipt
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Receipt {

            /** Properties of a Receipt. */
            interface $Properties {

                /** Receipt subjectRef */
                subjectRef?: (string|null);

                /** Receipt outcome */
                outcome?: (sealmatch.v1.ReceiptOutcome|null);

                /** Receipt auditSeq */
                auditSeq?: (number|null);

                /** Receipt requestHash */
                requestHash?: (Uint8Array|null);

                /** Receipt custodianRegistration */
                custodianRegistration?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Receipt. */
            type $Shape = sealmatch.v1.Receipt.$Properties;
        }
    }
}
