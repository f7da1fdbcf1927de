import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  addSecrets,
  inertText,
  redact
} from "./chunk-GVG4TUQB.js";
import {
  GitopsError,
  UsageError
} from "./chunk-N4ITD6G4.js";
import {
  __export
} from "./chunk-HANBNIMK.js";

// src/snyk/check-setup.ts
import { isIP } from "node:net";

// src/snyk/setup-error.ts
var SnykSetupError = class extends GitopsError {
  constructor(message, code) {
    super(message, { code });
  }
};

// src/snyk/check-setup.ts
function checkApiUrl(apiUrl, allowInsecureHttp) {
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new SnykSetupError(
      `the Snyk API URL is not a URL; expected e.g. https://api.snyk.io`,
      "SNYK_BAD_URL"
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new SnykSetupError(
      `the Snyk API URL ${url.protocol}//${url.host} carries credentials; pass the token in SNYK_TOKEN instead`,
      "SNYK_BAD_URL"
    );
  }
  if (url.protocol === "https:") return url;
  if (url.protocol !== "http:") {
    throw new SnykSetupError(
      `the Snyk API URL must use https: (got ${url.protocol}//${url.host})`,
      "SNYK_BAD_URL"
    );
  }
  if (isLoopback(url.hostname) || allowInsecureHttp) return url;
  throw new SnykSetupError(
    `refusing to send the token over plain http to ${url.host}: use https:// (plain http is allowed only for loopback hosts, or with SNYK_GITOPS_ALLOW_INSECURE_HTTP=1 for a test rig)`,
    "SNYK_INSECURE_URL"
  );
}
function isLoopback(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  if (isIP(host) === 6) return host === "::1" || host === "0:0:0:0:0:0:0:1";
  return false;
}
function checkToken(token, variable2) {
  if (token === "")
    throw new SnykSetupError(`${variable2} is empty: set it to a Snyk API token`, "SNYK_BAD_TOKEN");
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 33 || code > 126) {
      const what = code < 32 || code === 127 ? `a control character (0x${code.toString(16).padStart(2, "0")})` : code === 32 ? "a space" : "a non-ASCII character";
      throw new SnykSetupError(
        `${variable2} contains ${what} at position ${i + 1} of ${token.length}: a token is visible ASCII only (check for a trailing newline or a pasted quote)`,
        "SNYK_BAD_TOKEN"
      );
    }
  }
}

// src/engine/proxy-env.ts
function variable(env, names) {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return { name, value };
  }
  return void 0;
}
function bypassesProxy(url, noProxy) {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  for (const raw of noProxy.split(/[\s,]+/)) {
    const entry = raw.trim().toLowerCase();
    if (entry === "") continue;
    if (entry === "*") return true;
    const { name, entryPort } = splitEntry(entry);
    if (entryPort !== void 0 && entryPort !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return true;
  }
  return false;
}
function splitEntry(entry) {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  if (bracketed) return { name: bracketed[1] ?? "", ...bracketed[2] && { entryPort: bracketed[2] } };
  const colon = entry.indexOf(":");
  const hostPort = colon > 0 && colon === entry.lastIndexOf(":");
  const name = (hostPort ? entry.slice(0, colon) : entry).replace(/^\*?\./, "");
  return hostPort ? { name, entryPort: entry.slice(colon + 1) } : { name };
}
function proxyFor(apiUrl, env) {
  const url = new URL(apiUrl);
  if (isLoopback(url.hostname)) return void 0;
  const noProxy = variable(env, ["no_proxy", "NO_PROXY"]);
  if (noProxy && bypassesProxy(url, noProxy.value)) return void 0;
  const set = variable(
    env,
    url.protocol === "https:" ? ["https_proxy", "HTTPS_PROXY"] : ["http_proxy", "HTTP_PROXY"]
  );
  if (set === void 0) return void 0;
  const written = /^[a-z][a-z0-9+.-]*:\/\//i.test(set.value) ? set.value : `http://${set.value}`;
  let proxy;
  try {
    proxy = new URL(written);
  } catch {
    proxy = void 0;
  }
  if (proxy === void 0 || proxy.protocol !== "http:" && proxy.protocol !== "https:" || proxy.hostname === "") {
    throw new UsageError(
      `${set.name} is not a proxy URL: expected http://HOST:PORT (or https://, with user:password@ if the proxy needs it)`
    );
  }
  return proxy.href;
}

// node_modules/@sinclair/typebox/build/esm/type/guard/value.mjs
var value_exports = {};
__export(value_exports, {
  HasPropertyKey: () => HasPropertyKey,
  IsArray: () => IsArray,
  IsAsyncIterator: () => IsAsyncIterator,
  IsBigInt: () => IsBigInt,
  IsBoolean: () => IsBoolean,
  IsDate: () => IsDate,
  IsFunction: () => IsFunction,
  IsIterator: () => IsIterator,
  IsNull: () => IsNull,
  IsNumber: () => IsNumber,
  IsObject: () => IsObject,
  IsRegExp: () => IsRegExp,
  IsString: () => IsString,
  IsSymbol: () => IsSymbol,
  IsUint8Array: () => IsUint8Array,
  IsUndefined: () => IsUndefined
});
function HasPropertyKey(value, key) {
  return key in value;
}
function IsAsyncIterator(value) {
  return IsObject(value) && !IsArray(value) && !IsUint8Array(value) && Symbol.asyncIterator in value;
}
function IsArray(value) {
  return Array.isArray(value);
}
function IsBigInt(value) {
  return typeof value === "bigint";
}
function IsBoolean(value) {
  return typeof value === "boolean";
}
function IsDate(value) {
  return value instanceof globalThis.Date;
}
function IsFunction(value) {
  return typeof value === "function";
}
function IsIterator(value) {
  return IsObject(value) && !IsArray(value) && !IsUint8Array(value) && Symbol.iterator in value;
}
function IsNull(value) {
  return value === null;
}
function IsNumber(value) {
  return typeof value === "number";
}
function IsObject(value) {
  return typeof value === "object" && value !== null;
}
function IsRegExp(value) {
  return value instanceof globalThis.RegExp;
}
function IsString(value) {
  return typeof value === "string";
}
function IsSymbol(value) {
  return typeof value === "symbol";
}
function IsUint8Array(value) {
  return value instanceof globalThis.Uint8Array;
}
function IsUndefined(value) {
  return value === void 0;
}

// node_modules/@sinclair/typebox/build/esm/type/clone/value.mjs
function ArrayType(value) {
  return value.map((value2) => Visit(value2));
}
function DateType(value) {
  return new Date(value.getTime());
}
function Uint8ArrayType(value) {
  return new Uint8Array(value);
}
function RegExpType(value) {
  return new RegExp(value.source, value.flags);
}
function ObjectType(value) {
  const result = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    result[key] = Visit(value[key]);
  }
  for (const key of Object.getOwnPropertySymbols(value)) {
    result[key] = Visit(value[key]);
  }
  return result;
}
function Visit(value) {
  return IsArray(value) ? ArrayType(value) : IsDate(value) ? DateType(value) : IsUint8Array(value) ? Uint8ArrayType(value) : IsRegExp(value) ? RegExpType(value) : IsObject(value) ? ObjectType(value) : value;
}
function Clone(value) {
  return Visit(value);
}

// node_modules/@sinclair/typebox/build/esm/type/clone/type.mjs
function CloneType(schema, options) {
  return options === void 0 ? Clone(schema) : Clone({ ...options, ...schema });
}

// node_modules/@sinclair/typebox/build/esm/value/guard/guard.mjs
function IsAsyncIterator2(value) {
  return IsObject2(value) && globalThis.Symbol.asyncIterator in value;
}
function IsIterator2(value) {
  return IsObject2(value) && globalThis.Symbol.iterator in value;
}
function IsStandardObject(value) {
  return IsObject2(value) && (globalThis.Object.getPrototypeOf(value) === Object.prototype || globalThis.Object.getPrototypeOf(value) === null);
}
function IsPromise(value) {
  return value instanceof globalThis.Promise;
}
function IsDate2(value) {
  return value instanceof Date && globalThis.Number.isFinite(value.getTime());
}
function IsMap(value) {
  return value instanceof globalThis.Map;
}
function IsSet(value) {
  return value instanceof globalThis.Set;
}
function IsTypedArray(value) {
  return globalThis.ArrayBuffer.isView(value);
}
function IsUint8Array2(value) {
  return value instanceof globalThis.Uint8Array;
}
function HasPropertyKey2(value, key) {
  return key in value;
}
function IsObject2(value) {
  return value !== null && typeof value === "object";
}
function IsArray2(value) {
  return globalThis.Array.isArray(value) && !globalThis.ArrayBuffer.isView(value);
}
function IsUndefined2(value) {
  return value === void 0;
}
function IsNull2(value) {
  return value === null;
}
function IsBoolean2(value) {
  return typeof value === "boolean";
}
function IsNumber2(value) {
  return typeof value === "number";
}
function IsInteger(value) {
  return globalThis.Number.isInteger(value);
}
function IsBigInt2(value) {
  return typeof value === "bigint";
}
function IsString2(value) {
  return typeof value === "string";
}
function IsFunction2(value) {
  return typeof value === "function";
}
function IsSymbol2(value) {
  return typeof value === "symbol";
}
function IsValueType(value) {
  return IsBigInt2(value) || IsBoolean2(value) || IsNull2(value) || IsNumber2(value) || IsString2(value) || IsSymbol2(value) || IsUndefined2(value);
}

// node_modules/@sinclair/typebox/build/esm/system/policy.mjs
var TypeSystemPolicy;
(function(TypeSystemPolicy2) {
  TypeSystemPolicy2.InstanceMode = "default";
  TypeSystemPolicy2.ExactOptionalPropertyTypes = false;
  TypeSystemPolicy2.AllowArrayObject = false;
  TypeSystemPolicy2.AllowNaN = false;
  TypeSystemPolicy2.AllowNullVoid = false;
  function IsExactOptionalProperty(value, key) {
    return TypeSystemPolicy2.ExactOptionalPropertyTypes ? key in value : value[key] !== void 0;
  }
  TypeSystemPolicy2.IsExactOptionalProperty = IsExactOptionalProperty;
  function IsObjectLike(value) {
    const isObject = IsObject2(value);
    return TypeSystemPolicy2.AllowArrayObject ? isObject : isObject && !IsArray2(value);
  }
  TypeSystemPolicy2.IsObjectLike = IsObjectLike;
  function IsRecordLike(value) {
    return IsObjectLike(value) && !(value instanceof Date) && !(value instanceof Uint8Array);
  }
  TypeSystemPolicy2.IsRecordLike = IsRecordLike;
  function IsNumberLike(value) {
    return TypeSystemPolicy2.AllowNaN ? IsNumber2(value) : Number.isFinite(value);
  }
  TypeSystemPolicy2.IsNumberLike = IsNumberLike;
  function IsVoidLike(value) {
    const isUndefined = IsUndefined2(value);
    return TypeSystemPolicy2.AllowNullVoid ? isUndefined || value === null : isUndefined;
  }
  TypeSystemPolicy2.IsVoidLike = IsVoidLike;
})(TypeSystemPolicy || (TypeSystemPolicy = {}));

// node_modules/@sinclair/typebox/build/esm/type/create/immutable.mjs
function ImmutableArray(value) {
  return globalThis.Object.freeze(value).map((value2) => Immutable(value2));
}
function ImmutableDate(value) {
  return value;
}
function ImmutableUint8Array(value) {
  return value;
}
function ImmutableRegExp(value) {
  return value;
}
function ImmutableObject(value) {
  const result = {};
  for (const key of Object.getOwnPropertyNames(value)) {
    result[key] = Immutable(value[key]);
  }
  for (const key of Object.getOwnPropertySymbols(value)) {
    result[key] = Immutable(value[key]);
  }
  return globalThis.Object.freeze(result);
}
function Immutable(value) {
  return IsArray(value) ? ImmutableArray(value) : IsDate(value) ? ImmutableDate(value) : IsUint8Array(value) ? ImmutableUint8Array(value) : IsRegExp(value) ? ImmutableRegExp(value) : IsObject(value) ? ImmutableObject(value) : value;
}

// node_modules/@sinclair/typebox/build/esm/type/create/type.mjs
function CreateType(schema, options) {
  const result = options !== void 0 ? { ...options, ...schema } : schema;
  switch (TypeSystemPolicy.InstanceMode) {
    case "freeze":
      return Immutable(result);
    case "clone":
      return Clone(result);
    default:
      return result;
  }
}

// node_modules/@sinclair/typebox/build/esm/type/error/error.mjs
var TypeBoxError = class extends Error {
  constructor(message) {
    super(message);
  }
};

// node_modules/@sinclair/typebox/build/esm/type/symbols/symbols.mjs
var TransformKind = /* @__PURE__ */ Symbol.for("TypeBox.Transform");
var ReadonlyKind = /* @__PURE__ */ Symbol.for("TypeBox.Readonly");
var OptionalKind = /* @__PURE__ */ Symbol.for("TypeBox.Optional");
var Hint = /* @__PURE__ */ Symbol.for("TypeBox.Hint");
var Kind = /* @__PURE__ */ Symbol.for("TypeBox.Kind");

// node_modules/@sinclair/typebox/build/esm/type/guard/kind.mjs
function IsReadonly(value) {
  return IsObject(value) && value[ReadonlyKind] === "Readonly";
}
function IsOptional(value) {
  return IsObject(value) && value[OptionalKind] === "Optional";
}
function IsAny(value) {
  return IsKindOf(value, "Any");
}
function IsArgument(value) {
  return IsKindOf(value, "Argument");
}
function IsArray3(value) {
  return IsKindOf(value, "Array");
}
function IsAsyncIterator3(value) {
  return IsKindOf(value, "AsyncIterator");
}
function IsBigInt3(value) {
  return IsKindOf(value, "BigInt");
}
function IsBoolean3(value) {
  return IsKindOf(value, "Boolean");
}
function IsComputed(value) {
  return IsKindOf(value, "Computed");
}
function IsConstructor(value) {
  return IsKindOf(value, "Constructor");
}
function IsDate3(value) {
  return IsKindOf(value, "Date");
}
function IsFunction3(value) {
  return IsKindOf(value, "Function");
}
function IsInteger2(value) {
  return IsKindOf(value, "Integer");
}
function IsIntersect(value) {
  return IsKindOf(value, "Intersect");
}
function IsIterator3(value) {
  return IsKindOf(value, "Iterator");
}
function IsKindOf(value, kind) {
  return IsObject(value) && Kind in value && value[Kind] === kind;
}
function IsLiteralValue(value) {
  return IsBoolean(value) || IsNumber(value) || IsString(value);
}
function IsLiteral(value) {
  return IsKindOf(value, "Literal");
}
function IsMappedKey(value) {
  return IsKindOf(value, "MappedKey");
}
function IsMappedResult(value) {
  return IsKindOf(value, "MappedResult");
}
function IsNever(value) {
  return IsKindOf(value, "Never");
}
function IsNot(value) {
  return IsKindOf(value, "Not");
}
function IsNull3(value) {
  return IsKindOf(value, "Null");
}
function IsNumber3(value) {
  return IsKindOf(value, "Number");
}
function IsObject3(value) {
  return IsKindOf(value, "Object");
}
function IsPromise2(value) {
  return IsKindOf(value, "Promise");
}
function IsRecord(value) {
  return IsKindOf(value, "Record");
}
function IsRef(value) {
  return IsKindOf(value, "Ref");
}
function IsRegExp2(value) {
  return IsKindOf(value, "RegExp");
}
function IsString3(value) {
  return IsKindOf(value, "String");
}
function IsSymbol3(value) {
  return IsKindOf(value, "Symbol");
}
function IsTemplateLiteral(value) {
  return IsKindOf(value, "TemplateLiteral");
}
function IsThis(value) {
  return IsKindOf(value, "This");
}
function IsTransform(value) {
  return IsObject(value) && TransformKind in value;
}
function IsTuple(value) {
  return IsKindOf(value, "Tuple");
}
function IsUndefined3(value) {
  return IsKindOf(value, "Undefined");
}
function IsUnion(value) {
  return IsKindOf(value, "Union");
}
function IsUint8Array3(value) {
  return IsKindOf(value, "Uint8Array");
}
function IsUnknown(value) {
  return IsKindOf(value, "Unknown");
}
function IsUnsafe(value) {
  return IsKindOf(value, "Unsafe");
}
function IsVoid(value) {
  return IsKindOf(value, "Void");
}
function IsKind(value) {
  return IsObject(value) && Kind in value && IsString(value[Kind]);
}
function IsSchema(value) {
  return IsAny(value) || IsArgument(value) || IsArray3(value) || IsBoolean3(value) || IsBigInt3(value) || IsAsyncIterator3(value) || IsComputed(value) || IsConstructor(value) || IsDate3(value) || IsFunction3(value) || IsInteger2(value) || IsIntersect(value) || IsIterator3(value) || IsLiteral(value) || IsMappedKey(value) || IsMappedResult(value) || IsNever(value) || IsNot(value) || IsNull3(value) || IsNumber3(value) || IsObject3(value) || IsPromise2(value) || IsRecord(value) || IsRef(value) || IsRegExp2(value) || IsString3(value) || IsSymbol3(value) || IsTemplateLiteral(value) || IsThis(value) || IsTuple(value) || IsUndefined3(value) || IsUnion(value) || IsUint8Array3(value) || IsUnknown(value) || IsUnsafe(value) || IsVoid(value) || IsKind(value);
}

// node_modules/@sinclair/typebox/build/esm/type/guard/type.mjs
var type_exports = {};
__export(type_exports, {
  IsAny: () => IsAny2,
  IsArgument: () => IsArgument2,
  IsArray: () => IsArray4,
  IsAsyncIterator: () => IsAsyncIterator4,
  IsBigInt: () => IsBigInt4,
  IsBoolean: () => IsBoolean4,
  IsComputed: () => IsComputed2,
  IsConstructor: () => IsConstructor2,
  IsDate: () => IsDate4,
  IsFunction: () => IsFunction4,
  IsImport: () => IsImport,
  IsInteger: () => IsInteger3,
  IsIntersect: () => IsIntersect2,
  IsIterator: () => IsIterator4,
  IsKind: () => IsKind2,
  IsKindOf: () => IsKindOf2,
  IsLiteral: () => IsLiteral2,
  IsLiteralBoolean: () => IsLiteralBoolean,
  IsLiteralNumber: () => IsLiteralNumber,
  IsLiteralString: () => IsLiteralString,
  IsLiteralValue: () => IsLiteralValue2,
  IsMappedKey: () => IsMappedKey2,
  IsMappedResult: () => IsMappedResult2,
  IsNever: () => IsNever2,
  IsNot: () => IsNot2,
  IsNull: () => IsNull4,
  IsNumber: () => IsNumber4,
  IsObject: () => IsObject4,
  IsOptional: () => IsOptional2,
  IsPromise: () => IsPromise3,
  IsProperties: () => IsProperties,
  IsReadonly: () => IsReadonly2,
  IsRecord: () => IsRecord2,
  IsRecursive: () => IsRecursive,
  IsRef: () => IsRef2,
  IsRegExp: () => IsRegExp3,
  IsSchema: () => IsSchema2,
  IsString: () => IsString4,
  IsSymbol: () => IsSymbol4,
  IsTemplateLiteral: () => IsTemplateLiteral2,
  IsThis: () => IsThis2,
  IsTransform: () => IsTransform2,
  IsTuple: () => IsTuple2,
  IsUint8Array: () => IsUint8Array4,
  IsUndefined: () => IsUndefined4,
  IsUnion: () => IsUnion2,
  IsUnionLiteral: () => IsUnionLiteral,
  IsUnknown: () => IsUnknown2,
  IsUnsafe: () => IsUnsafe2,
  IsVoid: () => IsVoid2,
  TypeGuardUnknownTypeError: () => TypeGuardUnknownTypeError
});
var TypeGuardUnknownTypeError = class extends TypeBoxError {
};
var KnownTypes = [
  "Argument",
  "Any",
  "Array",
  "AsyncIterator",
  "BigInt",
  "Boolean",
  "Computed",
  "Constructor",
  "Date",
  "Enum",
  "Function",
  "Integer",
  "Intersect",
  "Iterator",
  "Literal",
  "MappedKey",
  "MappedResult",
  "Not",
  "Null",
  "Number",
  "Object",
  "Promise",
  "Record",
  "Ref",
  "RegExp",
  "String",
  "Symbol",
  "TemplateLiteral",
  "This",
  "Tuple",
  "Undefined",
  "Union",
  "Uint8Array",
  "Unknown",
  "Void"
];
function IsPattern(value) {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}
function IsControlCharacterFree(value) {
  if (!IsString(value))
    return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 7 && code <= 13 || code === 27 || code === 127) {
      return false;
    }
  }
  return true;
}
function IsAdditionalProperties(value) {
  return IsOptionalBoolean(value) || IsSchema2(value);
}
function IsOptionalBigInt(value) {
  return IsUndefined(value) || IsBigInt(value);
}
function IsOptionalNumber(value) {
  return IsUndefined(value) || IsNumber(value);
}
function IsOptionalBoolean(value) {
  return IsUndefined(value) || IsBoolean(value);
}
function IsOptionalString(value) {
  return IsUndefined(value) || IsString(value);
}
function IsOptionalPattern(value) {
  return IsUndefined(value) || IsString(value) && IsControlCharacterFree(value) && IsPattern(value);
}
function IsOptionalFormat(value) {
  return IsUndefined(value) || IsString(value) && IsControlCharacterFree(value);
}
function IsOptionalSchema(value) {
  return IsUndefined(value) || IsSchema2(value);
}
function IsReadonly2(value) {
  return IsObject(value) && value[ReadonlyKind] === "Readonly";
}
function IsOptional2(value) {
  return IsObject(value) && value[OptionalKind] === "Optional";
}
function IsAny2(value) {
  return IsKindOf2(value, "Any") && IsOptionalString(value.$id);
}
function IsArgument2(value) {
  return IsKindOf2(value, "Argument") && IsNumber(value.index);
}
function IsArray4(value) {
  return IsKindOf2(value, "Array") && value.type === "array" && IsOptionalString(value.$id) && IsSchema2(value.items) && IsOptionalNumber(value.minItems) && IsOptionalNumber(value.maxItems) && IsOptionalBoolean(value.uniqueItems) && IsOptionalSchema(value.contains) && IsOptionalNumber(value.minContains) && IsOptionalNumber(value.maxContains);
}
function IsAsyncIterator4(value) {
  return IsKindOf2(value, "AsyncIterator") && value.type === "AsyncIterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
function IsBigInt4(value) {
  return IsKindOf2(value, "BigInt") && value.type === "bigint" && IsOptionalString(value.$id) && IsOptionalBigInt(value.exclusiveMaximum) && IsOptionalBigInt(value.exclusiveMinimum) && IsOptionalBigInt(value.maximum) && IsOptionalBigInt(value.minimum) && IsOptionalBigInt(value.multipleOf);
}
function IsBoolean4(value) {
  return IsKindOf2(value, "Boolean") && value.type === "boolean" && IsOptionalString(value.$id);
}
function IsComputed2(value) {
  return IsKindOf2(value, "Computed") && IsString(value.target) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema));
}
function IsConstructor2(value) {
  return IsKindOf2(value, "Constructor") && value.type === "Constructor" && IsOptionalString(value.$id) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
function IsDate4(value) {
  return IsKindOf2(value, "Date") && value.type === "Date" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximumTimestamp) && IsOptionalNumber(value.exclusiveMinimumTimestamp) && IsOptionalNumber(value.maximumTimestamp) && IsOptionalNumber(value.minimumTimestamp) && IsOptionalNumber(value.multipleOfTimestamp);
}
function IsFunction4(value) {
  return IsKindOf2(value, "Function") && value.type === "Function" && IsOptionalString(value.$id) && IsArray(value.parameters) && value.parameters.every((schema) => IsSchema2(schema)) && IsSchema2(value.returns);
}
function IsImport(value) {
  return IsKindOf2(value, "Import") && HasPropertyKey(value, "$defs") && IsObject(value.$defs) && IsProperties(value.$defs) && HasPropertyKey(value, "$ref") && IsString(value.$ref) && value.$ref in value.$defs;
}
function IsInteger3(value) {
  return IsKindOf2(value, "Integer") && value.type === "integer" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
function IsProperties(value) {
  return IsObject(value) && Object.entries(value).every(([key, schema]) => IsControlCharacterFree(key) && IsSchema2(schema));
}
function IsIntersect2(value) {
  return IsKindOf2(value, "Intersect") && (IsString(value.type) && value.type !== "object" ? false : true) && IsArray(value.allOf) && value.allOf.every((schema) => IsSchema2(schema) && !IsTransform2(schema)) && IsOptionalString(value.type) && (IsOptionalBoolean(value.unevaluatedProperties) || IsOptionalSchema(value.unevaluatedProperties)) && IsOptionalString(value.$id);
}
function IsIterator4(value) {
  return IsKindOf2(value, "Iterator") && value.type === "Iterator" && IsOptionalString(value.$id) && IsSchema2(value.items);
}
function IsKindOf2(value, kind) {
  return IsObject(value) && Kind in value && value[Kind] === kind;
}
function IsLiteralString(value) {
  return IsLiteral2(value) && IsString(value.const);
}
function IsLiteralNumber(value) {
  return IsLiteral2(value) && IsNumber(value.const);
}
function IsLiteralBoolean(value) {
  return IsLiteral2(value) && IsBoolean(value.const);
}
function IsLiteral2(value) {
  return IsKindOf2(value, "Literal") && IsOptionalString(value.$id) && IsLiteralValue2(value.const);
}
function IsLiteralValue2(value) {
  return IsBoolean(value) || IsNumber(value) || IsString(value);
}
function IsMappedKey2(value) {
  return IsKindOf2(value, "MappedKey") && IsArray(value.keys) && value.keys.every((key) => IsNumber(key) || IsString(key));
}
function IsMappedResult2(value) {
  return IsKindOf2(value, "MappedResult") && IsProperties(value.properties);
}
function IsNever2(value) {
  return IsKindOf2(value, "Never") && IsObject(value.not) && Object.getOwnPropertyNames(value.not).length === 0;
}
function IsNot2(value) {
  return IsKindOf2(value, "Not") && IsSchema2(value.not);
}
function IsNull4(value) {
  return IsKindOf2(value, "Null") && value.type === "null" && IsOptionalString(value.$id);
}
function IsNumber4(value) {
  return IsKindOf2(value, "Number") && value.type === "number" && IsOptionalString(value.$id) && IsOptionalNumber(value.exclusiveMaximum) && IsOptionalNumber(value.exclusiveMinimum) && IsOptionalNumber(value.maximum) && IsOptionalNumber(value.minimum) && IsOptionalNumber(value.multipleOf);
}
function IsObject4(value) {
  return IsKindOf2(value, "Object") && value.type === "object" && IsOptionalString(value.$id) && IsProperties(value.properties) && IsAdditionalProperties(value.additionalProperties) && IsOptionalNumber(value.minProperties) && IsOptionalNumber(value.maxProperties);
}
function IsPromise3(value) {
  return IsKindOf2(value, "Promise") && value.type === "Promise" && IsOptionalString(value.$id) && IsSchema2(value.item);
}
function IsRecord2(value) {
  return IsKindOf2(value, "Record") && value.type === "object" && IsOptionalString(value.$id) && IsAdditionalProperties(value.additionalProperties) && IsObject(value.patternProperties) && ((schema) => {
    const keys = Object.getOwnPropertyNames(schema.patternProperties);
    return keys.length === 1 && IsPattern(keys[0]) && IsObject(schema.patternProperties) && IsSchema2(schema.patternProperties[keys[0]]);
  })(value);
}
function IsRecursive(value) {
  return IsObject(value) && Hint in value && value[Hint] === "Recursive";
}
function IsRef2(value) {
  return IsKindOf2(value, "Ref") && IsOptionalString(value.$id) && IsString(value.$ref);
}
function IsRegExp3(value) {
  return IsKindOf2(value, "RegExp") && IsOptionalString(value.$id) && IsString(value.source) && IsString(value.flags) && IsOptionalNumber(value.maxLength) && IsOptionalNumber(value.minLength);
}
function IsString4(value) {
  return IsKindOf2(value, "String") && value.type === "string" && IsOptionalString(value.$id) && IsOptionalNumber(value.minLength) && IsOptionalNumber(value.maxLength) && IsOptionalPattern(value.pattern) && IsOptionalFormat(value.format);
}
function IsSymbol4(value) {
  return IsKindOf2(value, "Symbol") && value.type === "symbol" && IsOptionalString(value.$id);
}
function IsTemplateLiteral2(value) {
  return IsKindOf2(value, "TemplateLiteral") && value.type === "string" && IsString(value.pattern) && value.pattern[0] === "^" && value.pattern[value.pattern.length - 1] === "$";
}
function IsThis2(value) {
  return IsKindOf2(value, "This") && IsOptionalString(value.$id) && IsString(value.$ref);
}
function IsTransform2(value) {
  return IsObject(value) && TransformKind in value;
}
function IsTuple2(value) {
  return IsKindOf2(value, "Tuple") && value.type === "array" && IsOptionalString(value.$id) && IsNumber(value.minItems) && IsNumber(value.maxItems) && value.minItems === value.maxItems && // empty
  (IsUndefined(value.items) && IsUndefined(value.additionalItems) && value.minItems === 0 || IsArray(value.items) && value.items.every((schema) => IsSchema2(schema)));
}
function IsUndefined4(value) {
  return IsKindOf2(value, "Undefined") && value.type === "undefined" && IsOptionalString(value.$id);
}
function IsUnionLiteral(value) {
  return IsUnion2(value) && value.anyOf.every((schema) => IsLiteralString(schema) || IsLiteralNumber(schema));
}
function IsUnion2(value) {
  return IsKindOf2(value, "Union") && IsOptionalString(value.$id) && IsObject(value) && IsArray(value.anyOf) && value.anyOf.every((schema) => IsSchema2(schema));
}
function IsUint8Array4(value) {
  return IsKindOf2(value, "Uint8Array") && value.type === "Uint8Array" && IsOptionalString(value.$id) && IsOptionalNumber(value.minByteLength) && IsOptionalNumber(value.maxByteLength);
}
function IsUnknown2(value) {
  return IsKindOf2(value, "Unknown") && IsOptionalString(value.$id);
}
function IsUnsafe2(value) {
  return IsKindOf2(value, "Unsafe");
}
function IsVoid2(value) {
  return IsKindOf2(value, "Void") && value.type === "void" && IsOptionalString(value.$id);
}
function IsKind2(value) {
  return IsObject(value) && Kind in value && IsString(value[Kind]) && !KnownTypes.includes(value[Kind]);
}
function IsSchema2(value) {
  return IsObject(value) && (IsAny2(value) || IsArgument2(value) || IsArray4(value) || IsBoolean4(value) || IsBigInt4(value) || IsAsyncIterator4(value) || IsComputed2(value) || IsConstructor2(value) || IsDate4(value) || IsFunction4(value) || IsInteger3(value) || IsIntersect2(value) || IsIterator4(value) || IsLiteral2(value) || IsMappedKey2(value) || IsMappedResult2(value) || IsNever2(value) || IsNot2(value) || IsNull4(value) || IsNumber4(value) || IsObject4(value) || IsPromise3(value) || IsRecord2(value) || IsRef2(value) || IsRegExp3(value) || IsString4(value) || IsSymbol4(value) || IsTemplateLiteral2(value) || IsThis2(value) || IsTuple2(value) || IsUndefined4(value) || IsUnion2(value) || IsUint8Array4(value) || IsUnknown2(value) || IsUnsafe2(value) || IsVoid2(value) || IsKind2(value));
}

// node_modules/@sinclair/typebox/build/esm/type/patterns/patterns.mjs
var PatternBoolean = "(true|false)";
var PatternNumber = "(0|[1-9][0-9]*)";
var PatternString = "(.*)";
var PatternNever = "(?!.*)";
var PatternBooleanExact = `^${PatternBoolean}$`;
var PatternNumberExact = `^${PatternNumber}$`;
var PatternStringExact = `^${PatternString}$`;
var PatternNeverExact = `^${PatternNever}$`;

// node_modules/@sinclair/typebox/build/esm/type/sets/set.mjs
function SetIncludes(T, S) {
  return T.includes(S);
}
function SetDistinct(T) {
  return [...new Set(T)];
}
function SetIntersect(T, S) {
  return T.filter((L) => S.includes(L));
}
function SetIntersectManyResolve(T, Init) {
  return T.reduce((Acc, L) => {
    return SetIntersect(Acc, L);
  }, Init);
}
function SetIntersectMany(T) {
  return T.length === 1 ? T[0] : T.length > 1 ? SetIntersectManyResolve(T.slice(1), T[0]) : [];
}
function SetUnionMany(T) {
  const Acc = [];
  for (const L of T)
    Acc.push(...L);
  return Acc;
}

// node_modules/@sinclair/typebox/build/esm/type/any/any.mjs
function Any(options) {
  return CreateType({ [Kind]: "Any" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/array/array.mjs
function Array2(items, options) {
  return CreateType({ [Kind]: "Array", type: "array", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/argument/argument.mjs
function Argument(index) {
  return CreateType({ [Kind]: "Argument", index });
}

// node_modules/@sinclair/typebox/build/esm/type/async-iterator/async-iterator.mjs
function AsyncIterator(items, options) {
  return CreateType({ [Kind]: "AsyncIterator", type: "AsyncIterator", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/computed/computed.mjs
function Computed(target, parameters, options) {
  return CreateType({ [Kind]: "Computed", target, parameters }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/discard/discard.mjs
function DiscardKey(value, key) {
  const { [key]: _, ...rest } = value;
  return rest;
}
function Discard(value, keys) {
  return keys.reduce((acc, key) => DiscardKey(acc, key), value);
}

// node_modules/@sinclair/typebox/build/esm/type/never/never.mjs
function Never(options) {
  return CreateType({ [Kind]: "Never", not: {} }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped-result.mjs
function MappedResult(properties) {
  return CreateType({
    [Kind]: "MappedResult",
    properties
  });
}

// node_modules/@sinclair/typebox/build/esm/type/constructor/constructor.mjs
function Constructor(parameters, returns, options) {
  return CreateType({ [Kind]: "Constructor", type: "Constructor", parameters, returns }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/function/function.mjs
function Function(parameters, returns, options) {
  return CreateType({ [Kind]: "Function", type: "Function", parameters, returns }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union-create.mjs
function UnionCreate(T, options) {
  return CreateType({ [Kind]: "Union", anyOf: T }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union-evaluated.mjs
function IsUnionOptional(types) {
  return types.some((type) => IsOptional(type));
}
function RemoveOptionalFromRest(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType(left) : left);
}
function RemoveOptionalFromType(T) {
  return Discard(T, [OptionalKind]);
}
function ResolveUnion(types, options) {
  const isOptional = IsUnionOptional(types);
  return isOptional ? Optional(UnionCreate(RemoveOptionalFromRest(types), options)) : UnionCreate(RemoveOptionalFromRest(types), options);
}
function UnionEvaluated(T, options) {
  return T.length === 1 ? CreateType(T[0], options) : T.length === 0 ? Never(options) : ResolveUnion(T, options);
}

// node_modules/@sinclair/typebox/build/esm/type/union/union.mjs
function Union(types, options) {
  return types.length === 0 ? Never(options) : types.length === 1 ? CreateType(types[0], options) : UnionCreate(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/parse.mjs
var TemplateLiteralParserError = class extends TypeBoxError {
};
function Unescape(pattern) {
  return pattern.replace(/\\\$/g, "$").replace(/\\\*/g, "*").replace(/\\\^/g, "^").replace(/\\\|/g, "|").replace(/\\\(/g, "(").replace(/\\\)/g, ")");
}
function IsNonEscaped(pattern, index, char) {
  return pattern[index] === char && pattern.charCodeAt(index - 1) !== 92;
}
function IsOpenParen(pattern, index) {
  return IsNonEscaped(pattern, index, "(");
}
function IsCloseParen(pattern, index) {
  return IsNonEscaped(pattern, index, ")");
}
function IsSeparator(pattern, index) {
  return IsNonEscaped(pattern, index, "|");
}
function IsGroup(pattern) {
  if (!(IsOpenParen(pattern, 0) && IsCloseParen(pattern, pattern.length - 1)))
    return false;
  let count = 0;
  for (let index = 0; index < pattern.length; index++) {
    if (IsOpenParen(pattern, index))
      count += 1;
    if (IsCloseParen(pattern, index))
      count -= 1;
    if (count === 0 && index !== pattern.length - 1)
      return false;
  }
  return true;
}
function InGroup(pattern) {
  return pattern.slice(1, pattern.length - 1);
}
function IsPrecedenceOr(pattern) {
  let count = 0;
  for (let index = 0; index < pattern.length; index++) {
    if (IsOpenParen(pattern, index))
      count += 1;
    if (IsCloseParen(pattern, index))
      count -= 1;
    if (IsSeparator(pattern, index) && count === 0)
      return true;
  }
  return false;
}
function IsPrecedenceAnd(pattern) {
  for (let index = 0; index < pattern.length; index++) {
    if (IsOpenParen(pattern, index))
      return true;
  }
  return false;
}
function Or(pattern) {
  let [count, start] = [0, 0];
  const expressions = [];
  for (let index = 0; index < pattern.length; index++) {
    if (IsOpenParen(pattern, index))
      count += 1;
    if (IsCloseParen(pattern, index))
      count -= 1;
    if (IsSeparator(pattern, index) && count === 0) {
      const range2 = pattern.slice(start, index);
      if (range2.length > 0)
        expressions.push(TemplateLiteralParse(range2));
      start = index + 1;
    }
  }
  const range = pattern.slice(start);
  if (range.length > 0)
    expressions.push(TemplateLiteralParse(range));
  if (expressions.length === 0)
    return { type: "const", const: "" };
  if (expressions.length === 1)
    return expressions[0];
  return { type: "or", expr: expressions };
}
function And(pattern) {
  function Group(value, index) {
    if (!IsOpenParen(value, index))
      throw new TemplateLiteralParserError(`TemplateLiteralParser: Index must point to open parens`);
    let count = 0;
    for (let scan = index; scan < value.length; scan++) {
      if (IsOpenParen(value, scan))
        count += 1;
      if (IsCloseParen(value, scan))
        count -= 1;
      if (count === 0)
        return [index, scan];
    }
    throw new TemplateLiteralParserError(`TemplateLiteralParser: Unclosed group parens in expression`);
  }
  function Range(pattern2, index) {
    for (let scan = index; scan < pattern2.length; scan++) {
      if (IsOpenParen(pattern2, scan))
        return [index, scan];
    }
    return [index, pattern2.length];
  }
  const expressions = [];
  for (let index = 0; index < pattern.length; index++) {
    if (IsOpenParen(pattern, index)) {
      const [start, end] = Group(pattern, index);
      const range = pattern.slice(start, end + 1);
      expressions.push(TemplateLiteralParse(range));
      index = end;
    } else {
      const [start, end] = Range(pattern, index);
      const range = pattern.slice(start, end);
      if (range.length > 0)
        expressions.push(TemplateLiteralParse(range));
      index = end - 1;
    }
  }
  return expressions.length === 0 ? { type: "const", const: "" } : expressions.length === 1 ? expressions[0] : { type: "and", expr: expressions };
}
function TemplateLiteralParse(pattern) {
  return IsGroup(pattern) ? TemplateLiteralParse(InGroup(pattern)) : IsPrecedenceOr(pattern) ? Or(pattern) : IsPrecedenceAnd(pattern) ? And(pattern) : { type: "const", const: Unescape(pattern) };
}
function TemplateLiteralParseExact(pattern) {
  return TemplateLiteralParse(pattern.slice(1, pattern.length - 1));
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/finite.mjs
var TemplateLiteralFiniteError = class extends TypeBoxError {
};
function IsNumberExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "0" && expression.expr[1].type === "const" && expression.expr[1].const === "[1-9][0-9]*";
}
function IsBooleanExpression(expression) {
  return expression.type === "or" && expression.expr.length === 2 && expression.expr[0].type === "const" && expression.expr[0].const === "true" && expression.expr[1].type === "const" && expression.expr[1].const === "false";
}
function IsStringExpression(expression) {
  return expression.type === "const" && expression.const === ".*";
}
function IsTemplateLiteralExpressionFinite(expression) {
  return IsNumberExpression(expression) || IsStringExpression(expression) ? false : IsBooleanExpression(expression) ? true : expression.type === "and" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "or" ? expression.expr.every((expr) => IsTemplateLiteralExpressionFinite(expr)) : expression.type === "const" ? true : (() => {
    throw new TemplateLiteralFiniteError(`Unknown expression type`);
  })();
}
function IsTemplateLiteralFinite(schema) {
  const expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/generate.mjs
var TemplateLiteralGenerateError = class extends TypeBoxError {
};
function* GenerateReduce(buffer) {
  if (buffer.length === 1)
    return yield* buffer[0];
  for (const left of buffer[0]) {
    for (const right of GenerateReduce(buffer.slice(1))) {
      yield `${left}${right}`;
    }
  }
}
function* GenerateAnd(expression) {
  return yield* GenerateReduce(expression.expr.map((expr) => [...TemplateLiteralExpressionGenerate(expr)]));
}
function* GenerateOr(expression) {
  for (const expr of expression.expr)
    yield* TemplateLiteralExpressionGenerate(expr);
}
function* GenerateConst(expression) {
  return yield expression.const;
}
function* TemplateLiteralExpressionGenerate(expression) {
  return expression.type === "and" ? yield* GenerateAnd(expression) : expression.type === "or" ? yield* GenerateOr(expression) : expression.type === "const" ? yield* GenerateConst(expression) : (() => {
    throw new TemplateLiteralGenerateError("Unknown expression");
  })();
}
function TemplateLiteralGenerate(schema) {
  const expression = TemplateLiteralParseExact(schema.pattern);
  return IsTemplateLiteralExpressionFinite(expression) ? [...TemplateLiteralExpressionGenerate(expression)] : [];
}

// node_modules/@sinclair/typebox/build/esm/type/literal/literal.mjs
function Literal(value, options) {
  return CreateType({
    [Kind]: "Literal",
    const: value,
    type: typeof value
  }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/boolean/boolean.mjs
function Boolean2(options) {
  return CreateType({ [Kind]: "Boolean", type: "boolean" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/bigint/bigint.mjs
function BigInt(options) {
  return CreateType({ [Kind]: "BigInt", type: "bigint" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/number/number.mjs
function Number2(options) {
  return CreateType({ [Kind]: "Number", type: "number" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/string/string.mjs
function String2(options) {
  return CreateType({ [Kind]: "String", type: "string" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/syntax.mjs
function* FromUnion(syntax) {
  const trim = syntax.trim().replace(/"|'/g, "");
  return trim === "boolean" ? yield Boolean2() : trim === "number" ? yield Number2() : trim === "bigint" ? yield BigInt() : trim === "string" ? yield String2() : yield (() => {
    const literals = trim.split("|").map((literal) => Literal(literal.trim()));
    return literals.length === 0 ? Never() : literals.length === 1 ? literals[0] : UnionEvaluated(literals);
  })();
}
function* FromTerminal(syntax) {
  if (syntax[1] !== "{") {
    const L = Literal("$");
    const R = FromSyntax(syntax.slice(1));
    return yield* [L, ...R];
  }
  for (let i = 2; i < syntax.length; i++) {
    if (syntax[i] === "}") {
      const L = FromUnion(syntax.slice(2, i));
      const R = FromSyntax(syntax.slice(i + 1));
      return yield* [...L, ...R];
    }
  }
  yield Literal(syntax);
}
function* FromSyntax(syntax) {
  for (let i = 0; i < syntax.length; i++) {
    if (syntax[i] === "$") {
      const L = Literal(syntax.slice(0, i));
      const R = FromTerminal(syntax.slice(i));
      return yield* [L, ...R];
    }
  }
  yield Literal(syntax);
}
function TemplateLiteralSyntax(syntax) {
  return [...FromSyntax(syntax)];
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/pattern.mjs
var TemplateLiteralPatternError = class extends TypeBoxError {
};
function Escape(value) {
  return value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function Visit2(schema, acc) {
  return IsTemplateLiteral(schema) ? schema.pattern.slice(1, schema.pattern.length - 1) : IsUnion(schema) ? `(${schema.anyOf.map((schema2) => Visit2(schema2, acc)).join("|")})` : IsNumber3(schema) ? `${acc}${PatternNumber}` : IsInteger2(schema) ? `${acc}${PatternNumber}` : IsBigInt3(schema) ? `${acc}${PatternNumber}` : IsString3(schema) ? `${acc}${PatternString}` : IsLiteral(schema) ? `${acc}${Escape(schema.const.toString())}` : IsBoolean3(schema) ? `${acc}${PatternBoolean}` : (() => {
    throw new TemplateLiteralPatternError(`Unexpected Kind '${schema[Kind]}'`);
  })();
}
function TemplateLiteralPattern(kinds) {
  return `^${kinds.map((schema) => Visit2(schema, "")).join("")}$`;
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/union.mjs
function TemplateLiteralToUnion(schema) {
  const R = TemplateLiteralGenerate(schema);
  const L = R.map((S) => Literal(S));
  return UnionEvaluated(L);
}

// node_modules/@sinclair/typebox/build/esm/type/template-literal/template-literal.mjs
function TemplateLiteral(unresolved, options) {
  const pattern = IsString(unresolved) ? TemplateLiteralPattern(TemplateLiteralSyntax(unresolved)) : TemplateLiteralPattern(unresolved);
  return CreateType({ [Kind]: "TemplateLiteral", type: "string", pattern }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-property-keys.mjs
function FromTemplateLiteral(templateLiteral) {
  const keys = TemplateLiteralGenerate(templateLiteral);
  return keys.map((key) => key.toString());
}
function FromUnion2(types) {
  const result = [];
  for (const type of types)
    result.push(...IndexPropertyKeys(type));
  return result;
}
function FromLiteral(literalValue) {
  return [literalValue.toString()];
}
function IndexPropertyKeys(type) {
  return [...new Set(IsTemplateLiteral(type) ? FromTemplateLiteral(type) : IsUnion(type) ? FromUnion2(type.anyOf) : IsLiteral(type) ? FromLiteral(type.const) : IsNumber3(type) ? ["[number]"] : IsInteger2(type) ? ["[number]"] : [])];
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-result.mjs
function FromProperties(type, properties, options) {
  const result = {};
  for (const K2 of Object.getOwnPropertyNames(properties)) {
    result[K2] = Index(type, IndexPropertyKeys(properties[K2]), options);
  }
  return result;
}
function FromMappedResult(type, mappedResult, options) {
  return FromProperties(type, mappedResult.properties, options);
}
function IndexFromMappedResult(type, mappedResult, options) {
  const properties = FromMappedResult(type, mappedResult, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed.mjs
function FromRest(types, key) {
  return types.map((type) => IndexFromPropertyKey(type, key));
}
function FromIntersectRest(types) {
  return types.filter((type) => !IsNever(type));
}
function FromIntersect(types, key) {
  return IntersectEvaluated(FromIntersectRest(FromRest(types, key)));
}
function FromUnionRest(types) {
  return types.some((L) => IsNever(L)) ? [] : types;
}
function FromUnion3(types, key) {
  return UnionEvaluated(FromUnionRest(FromRest(types, key)));
}
function FromTuple(types, key) {
  return key in types ? types[key] : key === "[number]" ? UnionEvaluated(types) : Never();
}
function FromArray(type, key) {
  return key === "[number]" ? type : Never();
}
function FromProperty(properties, propertyKey) {
  return propertyKey in properties ? properties[propertyKey] : Never();
}
function IndexFromPropertyKey(type, propertyKey) {
  return IsIntersect(type) ? FromIntersect(type.allOf, propertyKey) : IsUnion(type) ? FromUnion3(type.anyOf, propertyKey) : IsTuple(type) ? FromTuple(type.items ?? [], propertyKey) : IsArray3(type) ? FromArray(type.items, propertyKey) : IsObject3(type) ? FromProperty(type.properties, propertyKey) : Never();
}
function IndexFromPropertyKeys(type, propertyKeys) {
  return propertyKeys.map((propertyKey) => IndexFromPropertyKey(type, propertyKey));
}
function FromSchema(type, propertyKeys) {
  return UnionEvaluated(IndexFromPropertyKeys(type, propertyKeys));
}
function Index(type, key, options) {
  if (IsRef(type) || IsRef(key)) {
    const error = `Index types using Ref parameters require both Type and Key to be of TSchema`;
    if (!IsSchema(type) || !IsSchema(key))
      throw new TypeBoxError(error);
    return Computed("Index", [type, key]);
  }
  if (IsMappedResult(key))
    return IndexFromMappedResult(type, key, options);
  if (IsMappedKey(key))
    return IndexFromMappedKey(type, key, options);
  return CreateType(IsSchema(key) ? FromSchema(type, IndexPropertyKeys(key)) : FromSchema(type, key), options);
}

// node_modules/@sinclair/typebox/build/esm/type/indexed/indexed-from-mapped-key.mjs
function MappedIndexPropertyKey(type, key, options) {
  return { [key]: Index(type, [key], Clone(options)) };
}
function MappedIndexPropertyKeys(type, propertyKeys, options) {
  return propertyKeys.reduce((result, left) => {
    return { ...result, ...MappedIndexPropertyKey(type, left, options) };
  }, {});
}
function MappedIndexProperties(type, mappedKey, options) {
  return MappedIndexPropertyKeys(type, mappedKey.keys, options);
}
function IndexFromMappedKey(type, mappedKey, options) {
  const properties = MappedIndexProperties(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/iterator/iterator.mjs
function Iterator(items, options) {
  return CreateType({ [Kind]: "Iterator", type: "Iterator", items }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/object/object.mjs
function RequiredArray(properties) {
  return globalThis.Object.keys(properties).filter((key) => !IsOptional(properties[key]));
}
function _Object_(properties, options) {
  const required = RequiredArray(properties);
  const schema = required.length > 0 ? { [Kind]: "Object", type: "object", required, properties } : { [Kind]: "Object", type: "object", properties };
  return CreateType(schema, options);
}
var Object2 = _Object_;

// node_modules/@sinclair/typebox/build/esm/type/promise/promise.mjs
function Promise2(item, options) {
  return CreateType({ [Kind]: "Promise", type: "Promise", item }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly.mjs
function RemoveReadonly(schema) {
  return CreateType(Discard(schema, [ReadonlyKind]));
}
function AddReadonly(schema) {
  return CreateType({ ...schema, [ReadonlyKind]: "Readonly" });
}
function ReadonlyWithFlag(schema, F) {
  return F === false ? RemoveReadonly(schema) : AddReadonly(schema);
}
function Readonly(schema, enable) {
  const F = enable ?? true;
  return IsMappedResult(schema) ? ReadonlyFromMappedResult(schema, F) : ReadonlyWithFlag(schema, F);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly/readonly-from-mapped-result.mjs
function FromProperties2(K, F) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Readonly(K[K2], F);
  return Acc;
}
function FromMappedResult2(R, F) {
  return FromProperties2(R.properties, F);
}
function ReadonlyFromMappedResult(R, F) {
  const P = FromMappedResult2(R, F);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/tuple/tuple.mjs
function Tuple(types, options) {
  return CreateType(types.length > 0 ? { [Kind]: "Tuple", type: "array", items: types, additionalItems: false, minItems: types.length, maxItems: types.length } : { [Kind]: "Tuple", type: "array", minItems: types.length, maxItems: types.length }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/mapped/mapped.mjs
function FromMappedResult3(K, P) {
  return K in P ? FromSchemaType(K, P[K]) : MappedResult(P);
}
function MappedKeyToKnownMappedResultProperties(K) {
  return { [K]: Literal(K) };
}
function MappedKeyToUnknownMappedResultProperties(P) {
  const Acc = {};
  for (const L of P)
    Acc[L] = Literal(L);
  return Acc;
}
function MappedKeyToMappedResultProperties(K, P) {
  return SetIncludes(P, K) ? MappedKeyToKnownMappedResultProperties(K) : MappedKeyToUnknownMappedResultProperties(P);
}
function FromMappedKey(K, P) {
  const R = MappedKeyToMappedResultProperties(K, P);
  return FromMappedResult3(K, R);
}
function FromRest2(K, T) {
  return T.map((L) => FromSchemaType(K, L));
}
function FromProperties3(K, T) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(T))
    Acc[K2] = FromSchemaType(K, T[K2]);
  return Acc;
}
function FromSchemaType(K, T) {
  const options = { ...T };
  return (
    // unevaluated modifier types
    IsOptional(T) ? Optional(FromSchemaType(K, Discard(T, [OptionalKind]))) : IsReadonly(T) ? Readonly(FromSchemaType(K, Discard(T, [ReadonlyKind]))) : (
      // unevaluated mapped types
      IsMappedResult(T) ? FromMappedResult3(K, T.properties) : IsMappedKey(T) ? FromMappedKey(K, T.keys) : (
        // unevaluated types
        IsConstructor(T) ? Constructor(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsFunction3(T) ? Function(FromRest2(K, T.parameters), FromSchemaType(K, T.returns), options) : IsAsyncIterator3(T) ? AsyncIterator(FromSchemaType(K, T.items), options) : IsIterator3(T) ? Iterator(FromSchemaType(K, T.items), options) : IsIntersect(T) ? Intersect(FromRest2(K, T.allOf), options) : IsUnion(T) ? Union(FromRest2(K, T.anyOf), options) : IsTuple(T) ? Tuple(FromRest2(K, T.items ?? []), options) : IsObject3(T) ? Object2(FromProperties3(K, T.properties), options) : IsArray3(T) ? Array2(FromSchemaType(K, T.items), options) : IsPromise2(T) ? Promise2(FromSchemaType(K, T.item), options) : T
      )
    )
  );
}
function MappedFunctionReturnType(K, T) {
  const Acc = {};
  for (const L of K)
    Acc[L] = FromSchemaType(L, T);
  return Acc;
}
function Mapped(key, map, options) {
  const K = IsSchema(key) ? IndexPropertyKeys(key) : key;
  const RT = map({ [Kind]: "MappedKey", keys: K });
  const R = MappedFunctionReturnType(K, RT);
  return Object2(R, options);
}

// node_modules/@sinclair/typebox/build/esm/type/optional/optional.mjs
function RemoveOptional(schema) {
  return CreateType(Discard(schema, [OptionalKind]));
}
function AddOptional(schema) {
  return CreateType({ ...schema, [OptionalKind]: "Optional" });
}
function OptionalWithFlag(schema, F) {
  return F === false ? RemoveOptional(schema) : AddOptional(schema);
}
function Optional(schema, enable) {
  const F = enable ?? true;
  return IsMappedResult(schema) ? OptionalFromMappedResult(schema, F) : OptionalWithFlag(schema, F);
}

// node_modules/@sinclair/typebox/build/esm/type/optional/optional-from-mapped-result.mjs
function FromProperties4(P, F) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Optional(P[K2], F);
  return Acc;
}
function FromMappedResult4(R, F) {
  return FromProperties4(R.properties, F);
}
function OptionalFromMappedResult(R, F) {
  const P = FromMappedResult4(R, F);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-create.mjs
function IntersectCreate(T, options = {}) {
  const allObjects = T.every((schema) => IsObject3(schema));
  const clonedUnevaluatedProperties = IsSchema(options.unevaluatedProperties) ? { unevaluatedProperties: options.unevaluatedProperties } : {};
  return CreateType(options.unevaluatedProperties === false || IsSchema(options.unevaluatedProperties) || allObjects ? { ...clonedUnevaluatedProperties, [Kind]: "Intersect", type: "object", allOf: T } : { ...clonedUnevaluatedProperties, [Kind]: "Intersect", allOf: T }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect-evaluated.mjs
function IsIntersectOptional(types) {
  return types.every((left) => IsOptional(left));
}
function RemoveOptionalFromType2(type) {
  return Discard(type, [OptionalKind]);
}
function RemoveOptionalFromRest2(types) {
  return types.map((left) => IsOptional(left) ? RemoveOptionalFromType2(left) : left);
}
function ResolveIntersect(types, options) {
  return IsIntersectOptional(types) ? Optional(IntersectCreate(RemoveOptionalFromRest2(types), options)) : IntersectCreate(RemoveOptionalFromRest2(types), options);
}
function IntersectEvaluated(types, options = {}) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return ResolveIntersect(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intersect/intersect.mjs
function Intersect(types, options) {
  if (types.length === 1)
    return CreateType(types[0], options);
  if (types.length === 0)
    return Never(options);
  if (types.some((schema) => IsTransform(schema)))
    throw new Error("Cannot intersect transform types");
  return IntersectCreate(types, options);
}

// node_modules/@sinclair/typebox/build/esm/type/ref/ref.mjs
function Ref(...args) {
  const [$ref, options] = typeof args[0] === "string" ? [args[0], args[1]] : [args[0].$id, args[1]];
  if (typeof $ref !== "string")
    throw new TypeBoxError("Ref: $ref must be a string");
  return CreateType({ [Kind]: "Ref", $ref }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/awaited/awaited.mjs
function FromComputed(target, parameters) {
  return Computed("Awaited", [Computed(target, parameters)]);
}
function FromRef($ref) {
  return Computed("Awaited", [Ref($ref)]);
}
function FromIntersect2(types) {
  return Intersect(FromRest3(types));
}
function FromUnion4(types) {
  return Union(FromRest3(types));
}
function FromPromise(type) {
  return Awaited(type);
}
function FromRest3(types) {
  return types.map((type) => Awaited(type));
}
function Awaited(type, options) {
  return CreateType(IsComputed(type) ? FromComputed(type.target, type.parameters) : IsIntersect(type) ? FromIntersect2(type.allOf) : IsUnion(type) ? FromUnion4(type.anyOf) : IsPromise2(type) ? FromPromise(type.item) : IsRef(type) ? FromRef(type.$ref) : type, options);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-keys.mjs
function FromRest4(types) {
  const result = [];
  for (const L of types)
    result.push(KeyOfPropertyKeys(L));
  return result;
}
function FromIntersect3(types) {
  const propertyKeysArray = FromRest4(types);
  const propertyKeys = SetUnionMany(propertyKeysArray);
  return propertyKeys;
}
function FromUnion5(types) {
  const propertyKeysArray = FromRest4(types);
  const propertyKeys = SetIntersectMany(propertyKeysArray);
  return propertyKeys;
}
function FromTuple2(types) {
  return types.map((_, indexer) => indexer.toString());
}
function FromArray2(_) {
  return ["[number]"];
}
function FromProperties5(T) {
  return globalThis.Object.getOwnPropertyNames(T);
}
function FromPatternProperties(patternProperties) {
  if (!includePatternProperties)
    return [];
  const patternPropertyKeys = globalThis.Object.getOwnPropertyNames(patternProperties);
  return patternPropertyKeys.map((key) => {
    return key[0] === "^" && key[key.length - 1] === "$" ? key.slice(1, key.length - 1) : key;
  });
}
function KeyOfPropertyKeys(type) {
  return IsIntersect(type) ? FromIntersect3(type.allOf) : IsUnion(type) ? FromUnion5(type.anyOf) : IsTuple(type) ? FromTuple2(type.items ?? []) : IsArray3(type) ? FromArray2(type.items) : IsObject3(type) ? FromProperties5(type.properties) : IsRecord(type) ? FromPatternProperties(type.patternProperties) : [];
}
var includePatternProperties = false;
function KeyOfPattern(schema) {
  includePatternProperties = true;
  const keys = KeyOfPropertyKeys(schema);
  includePatternProperties = false;
  const pattern = keys.map((key) => `(${key})`);
  return `^(${pattern.join("|")})$`;
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof.mjs
function FromComputed2(target, parameters) {
  return Computed("KeyOf", [Computed(target, parameters)]);
}
function FromRef2($ref) {
  return Computed("KeyOf", [Ref($ref)]);
}
function KeyOfFromType(type, options) {
  const propertyKeys = KeyOfPropertyKeys(type);
  const propertyKeyTypes = KeyOfPropertyKeysToRest(propertyKeys);
  const result = UnionEvaluated(propertyKeyTypes);
  return CreateType(result, options);
}
function KeyOfPropertyKeysToRest(propertyKeys) {
  return propertyKeys.map((L) => L === "[number]" ? Number2() : Literal(L));
}
function KeyOf(type, options) {
  return IsComputed(type) ? FromComputed2(type.target, type.parameters) : IsRef(type) ? FromRef2(type.$ref) : IsMappedResult(type) ? KeyOfFromMappedResult(type, options) : KeyOfFromType(type, options);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-from-mapped-result.mjs
function FromProperties6(properties, options) {
  const result = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = KeyOf(properties[K2], Clone(options));
  return result;
}
function FromMappedResult5(mappedResult, options) {
  return FromProperties6(mappedResult.properties, options);
}
function KeyOfFromMappedResult(mappedResult, options) {
  const properties = FromMappedResult5(mappedResult, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/composite/composite.mjs
function CompositeKeys(T) {
  const Acc = [];
  for (const L of T)
    Acc.push(...KeyOfPropertyKeys(L));
  return SetDistinct(Acc);
}
function FilterNever(T) {
  return T.filter((L) => !IsNever(L));
}
function CompositeProperty(T, K) {
  const Acc = [];
  for (const L of T)
    Acc.push(...IndexFromPropertyKeys(L, [K]));
  return FilterNever(Acc);
}
function CompositeProperties(T, K) {
  const Acc = {};
  for (const L of K) {
    Acc[L] = IntersectEvaluated(CompositeProperty(T, L));
  }
  return Acc;
}
function Composite(T, options) {
  const K = CompositeKeys(T);
  const P = CompositeProperties(T, K);
  const R = Object2(P, options);
  return R;
}

// node_modules/@sinclair/typebox/build/esm/type/date/date.mjs
function Date2(options) {
  return CreateType({ [Kind]: "Date", type: "Date" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/null/null.mjs
function Null(options) {
  return CreateType({ [Kind]: "Null", type: "null" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/symbol/symbol.mjs
function Symbol2(options) {
  return CreateType({ [Kind]: "Symbol", type: "symbol" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/undefined/undefined.mjs
function Undefined(options) {
  return CreateType({ [Kind]: "Undefined", type: "undefined" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/uint8array/uint8array.mjs
function Uint8Array2(options) {
  return CreateType({ [Kind]: "Uint8Array", type: "Uint8Array" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/unknown/unknown.mjs
function Unknown(options) {
  return CreateType({ [Kind]: "Unknown" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/const/const.mjs
function FromArray3(T) {
  return T.map((L) => FromValue(L, false));
}
function FromProperties7(value) {
  const Acc = {};
  for (const K of globalThis.Object.getOwnPropertyNames(value))
    Acc[K] = Readonly(FromValue(value[K], false));
  return Acc;
}
function ConditionalReadonly(T, root) {
  return root === true ? T : Readonly(T);
}
function FromValue(value, root) {
  return IsAsyncIterator(value) ? ConditionalReadonly(Any(), root) : IsIterator(value) ? ConditionalReadonly(Any(), root) : IsArray(value) ? Readonly(Tuple(FromArray3(value))) : IsUint8Array(value) ? Uint8Array2() : IsDate(value) ? Date2() : IsObject(value) ? ConditionalReadonly(Object2(FromProperties7(value)), root) : IsFunction(value) ? ConditionalReadonly(Function([], Unknown()), root) : IsUndefined(value) ? Undefined() : IsNull(value) ? Null() : IsSymbol(value) ? Symbol2() : IsBigInt(value) ? BigInt() : IsNumber(value) ? Literal(value) : IsBoolean(value) ? Literal(value) : IsString(value) ? Literal(value) : Object2({});
}
function Const(T, options) {
  return CreateType(FromValue(T, true), options);
}

// node_modules/@sinclair/typebox/build/esm/type/constructor-parameters/constructor-parameters.mjs
function ConstructorParameters(schema, options) {
  return IsConstructor(schema) ? Tuple(schema.parameters, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/enum/enum.mjs
function Enum(item, options) {
  if (IsUndefined(item))
    throw new Error("Enum undefined or empty");
  const values1 = globalThis.Object.getOwnPropertyNames(item).filter((key) => isNaN(key)).map((key) => item[key]);
  const values2 = [...new Set(values1)];
  const anyOf = values2.map((value) => Literal(value));
  return Union(anyOf, { ...options, [Hint]: "Enum" });
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-check.mjs
var ExtendsResolverError = class extends TypeBoxError {
};
var ExtendsResult;
(function(ExtendsResult2) {
  ExtendsResult2[ExtendsResult2["Union"] = 0] = "Union";
  ExtendsResult2[ExtendsResult2["True"] = 1] = "True";
  ExtendsResult2[ExtendsResult2["False"] = 2] = "False";
})(ExtendsResult || (ExtendsResult = {}));
function IntoBooleanResult(result) {
  return result === ExtendsResult.False ? result : ExtendsResult.True;
}
function Throw(message) {
  throw new ExtendsResolverError(message);
}
function IsStructuralRight(right) {
  return type_exports.IsNever(right) || type_exports.IsIntersect(right) || type_exports.IsUnion(right) || type_exports.IsUnknown(right) || type_exports.IsAny(right);
}
function StructuralRight(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : Throw("StructuralRight");
}
function FromAnyRight(left, right) {
  return ExtendsResult.True;
}
function FromAny(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) && right.anyOf.some((schema) => type_exports.IsAny(schema) || type_exports.IsUnknown(schema)) ? ExtendsResult.True : type_exports.IsUnion(right) ? ExtendsResult.Union : type_exports.IsUnknown(right) ? ExtendsResult.True : type_exports.IsAny(right) ? ExtendsResult.True : ExtendsResult.Union;
}
function FromArrayRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromArray4(left, right) {
  return type_exports.IsObject(right) && IsObjectArrayLike(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : !type_exports.IsArray(right) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.items, right.items));
}
function FromAsyncIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : !type_exports.IsAsyncIterator(right) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.items, right.items));
}
function FromBigInt(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBigInt(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromBooleanRight(left, right) {
  return type_exports.IsLiteralBoolean(left) ? ExtendsResult.True : type_exports.IsBoolean(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromBoolean(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsBoolean(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromConstructor(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : !type_exports.IsConstructor(right) ? ExtendsResult.False : left.parameters.length > right.parameters.length ? ExtendsResult.False : !left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.returns, right.returns));
}
function FromDate(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsDate(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromFunction(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : !type_exports.IsFunction(right) ? ExtendsResult.False : left.parameters.length > right.parameters.length ? ExtendsResult.False : !left.parameters.every((schema, index) => IntoBooleanResult(Visit3(right.parameters[index], schema)) === ExtendsResult.True) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.returns, right.returns));
}
function FromIntegerRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsNumber(left.const) ? ExtendsResult.True : type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromInteger(left, right) {
  return type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : ExtendsResult.False;
}
function FromIntersectRight(left, right) {
  return right.allOf.every((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromIntersect4(left, right) {
  return left.allOf.some((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromIterator(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : !type_exports.IsIterator(right) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.items, right.items));
}
function FromLiteral2(left, right) {
  return type_exports.IsLiteral(right) && right.const === left.const ? ExtendsResult.True : IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : ExtendsResult.False;
}
function FromNeverRight(left, right) {
  return ExtendsResult.False;
}
function FromNever(left, right) {
  return ExtendsResult.True;
}
function UnwrapTNot(schema) {
  let [current, depth] = [schema, 0];
  while (true) {
    if (!type_exports.IsNot(current))
      break;
    current = current.not;
    depth += 1;
  }
  return depth % 2 === 0 ? current : Unknown();
}
function FromNot(left, right) {
  return type_exports.IsNot(left) ? Visit3(UnwrapTNot(left), right) : type_exports.IsNot(right) ? Visit3(left, UnwrapTNot(right)) : Throw("Invalid fallthrough for Not");
}
function FromNull(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsNull(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromNumberRight(left, right) {
  return type_exports.IsLiteralNumber(left) ? ExtendsResult.True : type_exports.IsNumber(left) || type_exports.IsInteger(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromNumber(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsInteger(right) || type_exports.IsNumber(right) ? ExtendsResult.True : ExtendsResult.False;
}
function IsObjectPropertyCount(schema, count) {
  return Object.getOwnPropertyNames(schema.properties).length === count;
}
function IsObjectStringLike(schema) {
  return IsObjectArrayLike(schema);
}
function IsObjectSymbolLike(schema) {
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "description" in schema.properties && type_exports.IsUnion(schema.properties.description) && schema.properties.description.anyOf.length === 2 && (type_exports.IsString(schema.properties.description.anyOf[0]) && type_exports.IsUndefined(schema.properties.description.anyOf[1]) || type_exports.IsString(schema.properties.description.anyOf[1]) && type_exports.IsUndefined(schema.properties.description.anyOf[0]));
}
function IsObjectNumberLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectBooleanLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectBigIntLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectDateLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectUint8ArrayLike(schema) {
  return IsObjectArrayLike(schema);
}
function IsObjectFunctionLike(schema) {
  const length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties["length"], length)) === ExtendsResult.True;
}
function IsObjectConstructorLike(schema) {
  return IsObjectPropertyCount(schema, 0);
}
function IsObjectArrayLike(schema) {
  const length = Number2();
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "length" in schema.properties && IntoBooleanResult(Visit3(schema.properties["length"], length)) === ExtendsResult.True;
}
function IsObjectPromiseLike(schema) {
  const then = Function([Any()], Any());
  return IsObjectPropertyCount(schema, 0) || IsObjectPropertyCount(schema, 1) && "then" in schema.properties && IntoBooleanResult(Visit3(schema.properties["then"], then)) === ExtendsResult.True;
}
function Property(left, right) {
  return Visit3(left, right) === ExtendsResult.False ? ExtendsResult.False : type_exports.IsOptional(left) && !type_exports.IsOptional(right) ? ExtendsResult.False : ExtendsResult.True;
}
function FromObjectRight(left, right) {
  return type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : type_exports.IsNever(left) || type_exports.IsLiteralString(left) && IsObjectStringLike(right) || type_exports.IsLiteralNumber(left) && IsObjectNumberLike(right) || type_exports.IsLiteralBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsBigInt(left) && IsObjectBigIntLike(right) || type_exports.IsString(left) && IsObjectStringLike(right) || type_exports.IsSymbol(left) && IsObjectSymbolLike(right) || type_exports.IsNumber(left) && IsObjectNumberLike(right) || type_exports.IsInteger(left) && IsObjectNumberLike(right) || type_exports.IsBoolean(left) && IsObjectBooleanLike(right) || type_exports.IsUint8Array(left) && IsObjectUint8ArrayLike(right) || type_exports.IsDate(left) && IsObjectDateLike(right) || type_exports.IsConstructor(left) && IsObjectConstructorLike(right) || type_exports.IsFunction(left) && IsObjectFunctionLike(right) ? ExtendsResult.True : type_exports.IsRecord(left) && type_exports.IsString(RecordKey(left)) ? (() => {
    return right[Hint] === "Record" ? ExtendsResult.True : ExtendsResult.False;
  })() : type_exports.IsRecord(left) && type_exports.IsNumber(RecordKey(left)) ? (() => {
    return IsObjectPropertyCount(right, 0) ? ExtendsResult.True : ExtendsResult.False;
  })() : ExtendsResult.False;
}
function FromObject(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : !type_exports.IsObject(right) ? ExtendsResult.False : (() => {
    for (const key of Object.getOwnPropertyNames(right.properties)) {
      if (!(key in left.properties) && !type_exports.IsOptional(right.properties[key])) {
        return ExtendsResult.False;
      }
      if (type_exports.IsOptional(right.properties[key])) {
        return ExtendsResult.True;
      }
      if (Property(left.properties[key], right.properties[key]) === ExtendsResult.False) {
        return ExtendsResult.False;
      }
    }
    return ExtendsResult.True;
  })();
}
function FromPromise2(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectPromiseLike(right) ? ExtendsResult.True : !type_exports.IsPromise(right) ? ExtendsResult.False : IntoBooleanResult(Visit3(left.item, right.item));
}
function RecordKey(schema) {
  return PatternNumberExact in schema.patternProperties ? Number2() : PatternStringExact in schema.patternProperties ? String2() : Throw("Unknown record key pattern");
}
function RecordValue(schema) {
  return PatternNumberExact in schema.patternProperties ? schema.patternProperties[PatternNumberExact] : PatternStringExact in schema.patternProperties ? schema.patternProperties[PatternStringExact] : Throw("Unable to get record value schema");
}
function FromRecordRight(left, right) {
  const [Key, Value] = [RecordKey(right), RecordValue(right)];
  return type_exports.IsLiteralString(left) && type_exports.IsNumber(Key) && IntoBooleanResult(Visit3(left, Value)) === ExtendsResult.True ? ExtendsResult.True : type_exports.IsUint8Array(left) && type_exports.IsNumber(Key) ? Visit3(left, Value) : type_exports.IsString(left) && type_exports.IsNumber(Key) ? Visit3(left, Value) : type_exports.IsArray(left) && type_exports.IsNumber(Key) ? Visit3(left, Value) : type_exports.IsObject(left) ? (() => {
    for (const key of Object.getOwnPropertyNames(left.properties)) {
      if (Property(Value, left.properties[key]) === ExtendsResult.False) {
        return ExtendsResult.False;
      }
    }
    return ExtendsResult.True;
  })() : ExtendsResult.False;
}
function FromRecord(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : !type_exports.IsRecord(right) ? ExtendsResult.False : Visit3(RecordValue(left), RecordValue(right));
}
function FromRegExp(left, right) {
  const L = type_exports.IsRegExp(left) ? String2() : left;
  const R = type_exports.IsRegExp(right) ? String2() : right;
  return Visit3(L, R);
}
function FromStringRight(left, right) {
  return type_exports.IsLiteral(left) && value_exports.IsString(left.const) ? ExtendsResult.True : type_exports.IsString(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromString(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsString(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromSymbol(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsSymbol(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromTemplateLiteral2(left, right) {
  return type_exports.IsTemplateLiteral(left) ? Visit3(TemplateLiteralToUnion(left), right) : type_exports.IsTemplateLiteral(right) ? Visit3(left, TemplateLiteralToUnion(right)) : Throw("Invalid fallthrough for TemplateLiteral");
}
function IsArrayOfTuple(left, right) {
  return type_exports.IsArray(right) && left.items !== void 0 && left.items.every((schema) => Visit3(schema, right.items) === ExtendsResult.True);
}
function FromTupleRight(left, right) {
  return type_exports.IsNever(left) ? ExtendsResult.True : type_exports.IsUnknown(left) ? ExtendsResult.False : type_exports.IsAny(left) ? ExtendsResult.Union : ExtendsResult.False;
}
function FromTuple3(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) && IsObjectArrayLike(right) ? ExtendsResult.True : type_exports.IsArray(right) && IsArrayOfTuple(left, right) ? ExtendsResult.True : !type_exports.IsTuple(right) ? ExtendsResult.False : value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) || !value_exports.IsUndefined(left.items) && value_exports.IsUndefined(right.items) ? ExtendsResult.False : value_exports.IsUndefined(left.items) && !value_exports.IsUndefined(right.items) ? ExtendsResult.True : left.items.every((schema, index) => Visit3(schema, right.items[index]) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUint8Array(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsUint8Array(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUndefined(left, right) {
  return IsStructuralRight(right) ? StructuralRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsRecord(right) ? FromRecordRight(left, right) : type_exports.IsVoid(right) ? FromVoidRight(left, right) : type_exports.IsUndefined(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnionRight(left, right) {
  return right.anyOf.some((schema) => Visit3(left, schema) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnion6(left, right) {
  return left.anyOf.every((schema) => Visit3(schema, right) === ExtendsResult.True) ? ExtendsResult.True : ExtendsResult.False;
}
function FromUnknownRight(left, right) {
  return ExtendsResult.True;
}
function FromUnknown(left, right) {
  return type_exports.IsNever(right) ? FromNeverRight(left, right) : type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsString(right) ? FromStringRight(left, right) : type_exports.IsNumber(right) ? FromNumberRight(left, right) : type_exports.IsInteger(right) ? FromIntegerRight(left, right) : type_exports.IsBoolean(right) ? FromBooleanRight(left, right) : type_exports.IsArray(right) ? FromArrayRight(left, right) : type_exports.IsTuple(right) ? FromTupleRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsUnknown(right) ? ExtendsResult.True : ExtendsResult.False;
}
function FromVoidRight(left, right) {
  return type_exports.IsUndefined(left) ? ExtendsResult.True : type_exports.IsUndefined(left) ? ExtendsResult.True : ExtendsResult.False;
}
function FromVoid(left, right) {
  return type_exports.IsIntersect(right) ? FromIntersectRight(left, right) : type_exports.IsUnion(right) ? FromUnionRight(left, right) : type_exports.IsUnknown(right) ? FromUnknownRight(left, right) : type_exports.IsAny(right) ? FromAnyRight(left, right) : type_exports.IsObject(right) ? FromObjectRight(left, right) : type_exports.IsVoid(right) ? ExtendsResult.True : ExtendsResult.False;
}
function Visit3(left, right) {
  return (
    // resolvable
    type_exports.IsTemplateLiteral(left) || type_exports.IsTemplateLiteral(right) ? FromTemplateLiteral2(left, right) : type_exports.IsRegExp(left) || type_exports.IsRegExp(right) ? FromRegExp(left, right) : type_exports.IsNot(left) || type_exports.IsNot(right) ? FromNot(left, right) : (
      // standard
      type_exports.IsAny(left) ? FromAny(left, right) : type_exports.IsArray(left) ? FromArray4(left, right) : type_exports.IsBigInt(left) ? FromBigInt(left, right) : type_exports.IsBoolean(left) ? FromBoolean(left, right) : type_exports.IsAsyncIterator(left) ? FromAsyncIterator(left, right) : type_exports.IsConstructor(left) ? FromConstructor(left, right) : type_exports.IsDate(left) ? FromDate(left, right) : type_exports.IsFunction(left) ? FromFunction(left, right) : type_exports.IsInteger(left) ? FromInteger(left, right) : type_exports.IsIntersect(left) ? FromIntersect4(left, right) : type_exports.IsIterator(left) ? FromIterator(left, right) : type_exports.IsLiteral(left) ? FromLiteral2(left, right) : type_exports.IsNever(left) ? FromNever(left, right) : type_exports.IsNull(left) ? FromNull(left, right) : type_exports.IsNumber(left) ? FromNumber(left, right) : type_exports.IsObject(left) ? FromObject(left, right) : type_exports.IsRecord(left) ? FromRecord(left, right) : type_exports.IsString(left) ? FromString(left, right) : type_exports.IsSymbol(left) ? FromSymbol(left, right) : type_exports.IsTuple(left) ? FromTuple3(left, right) : type_exports.IsPromise(left) ? FromPromise2(left, right) : type_exports.IsUint8Array(left) ? FromUint8Array(left, right) : type_exports.IsUndefined(left) ? FromUndefined(left, right) : type_exports.IsUnion(left) ? FromUnion6(left, right) : type_exports.IsUnknown(left) ? FromUnknown(left, right) : type_exports.IsVoid(left) ? FromVoid(left, right) : Throw(`Unknown left type operand '${left[Kind]}'`)
    )
  );
}
function ExtendsCheck(left, right) {
  return Visit3(left, right);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-result.mjs
function FromProperties8(P, Right, True, False, options) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extends(P[K2], Right, True, False, Clone(options));
  return Acc;
}
function FromMappedResult6(Left, Right, True, False, options) {
  return FromProperties8(Left.properties, Right, True, False, options);
}
function ExtendsFromMappedResult(Left, Right, True, False, options) {
  const P = FromMappedResult6(Left, Right, True, False, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends.mjs
function ExtendsResolve(left, right, trueType, falseType) {
  const R = ExtendsCheck(left, right);
  return R === ExtendsResult.Union ? Union([trueType, falseType]) : R === ExtendsResult.True ? trueType : falseType;
}
function Extends(L, R, T, F, options) {
  return IsMappedResult(L) ? ExtendsFromMappedResult(L, R, T, F, options) : IsMappedKey(L) ? CreateType(ExtendsFromMappedKey(L, R, T, F, options)) : CreateType(ExtendsResolve(L, R, T, F), options);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-from-mapped-key.mjs
function FromPropertyKey(K, U, L, R, options) {
  return {
    [K]: Extends(Literal(K), U, L, R, Clone(options))
  };
}
function FromPropertyKeys(K, U, L, R, options) {
  return K.reduce((Acc, LK) => {
    return { ...Acc, ...FromPropertyKey(LK, U, L, R, options) };
  }, {});
}
function FromMappedKey2(K, U, L, R, options) {
  return FromPropertyKeys(K.keys, U, L, R, options);
}
function ExtendsFromMappedKey(T, U, L, R, options) {
  const P = FromMappedKey2(T, U, L, R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-template-literal.mjs
function ExcludeFromTemplateLiteral(L, R) {
  return Exclude(TemplateLiteralToUnion(L), R);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude.mjs
function ExcludeRest(L, R) {
  const excluded = L.filter((inner) => ExtendsCheck(inner, R) === ExtendsResult.False);
  return excluded.length === 1 ? excluded[0] : Union(excluded);
}
function Exclude(L, R, options = {}) {
  if (IsTemplateLiteral(L))
    return CreateType(ExcludeFromTemplateLiteral(L, R), options);
  if (IsMappedResult(L))
    return CreateType(ExcludeFromMappedResult(L, R), options);
  return CreateType(IsUnion(L) ? ExcludeRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? Never() : L, options);
}

// node_modules/@sinclair/typebox/build/esm/type/exclude/exclude-from-mapped-result.mjs
function FromProperties9(P, U) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Exclude(P[K2], U);
  return Acc;
}
function FromMappedResult7(R, T) {
  return FromProperties9(R.properties, T);
}
function ExcludeFromMappedResult(R, T) {
  const P = FromMappedResult7(R, T);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-template-literal.mjs
function ExtractFromTemplateLiteral(L, R) {
  return Extract(TemplateLiteralToUnion(L), R);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract.mjs
function ExtractRest(L, R) {
  const extracted = L.filter((inner) => ExtendsCheck(inner, R) !== ExtendsResult.False);
  return extracted.length === 1 ? extracted[0] : Union(extracted);
}
function Extract(L, R, options) {
  if (IsTemplateLiteral(L))
    return CreateType(ExtractFromTemplateLiteral(L, R), options);
  if (IsMappedResult(L))
    return CreateType(ExtractFromMappedResult(L, R), options);
  return CreateType(IsUnion(L) ? ExtractRest(L.anyOf, R) : ExtendsCheck(L, R) !== ExtendsResult.False ? L : Never(), options);
}

// node_modules/@sinclair/typebox/build/esm/type/extract/extract-from-mapped-result.mjs
function FromProperties10(P, T) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Extract(P[K2], T);
  return Acc;
}
function FromMappedResult8(R, T) {
  return FromProperties10(R.properties, T);
}
function ExtractFromMappedResult(R, T) {
  const P = FromMappedResult8(R, T);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/instance-type/instance-type.mjs
function InstanceType(schema, options) {
  return IsConstructor(schema) ? CreateType(schema.returns, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/readonly-optional/readonly-optional.mjs
function ReadonlyOptional(schema) {
  return Readonly(Optional(schema));
}

// node_modules/@sinclair/typebox/build/esm/type/record/record.mjs
function RecordCreateFromPattern(pattern, T, options) {
  return CreateType({ [Kind]: "Record", type: "object", patternProperties: { [pattern]: T } }, options);
}
function RecordCreateFromKeys(K, T, options) {
  const result = {};
  for (const K2 of K)
    result[K2] = T;
  return Object2(result, { ...options, [Hint]: "Record" });
}
function FromTemplateLiteralKey(K, T, options) {
  return IsTemplateLiteralFinite(K) ? RecordCreateFromKeys(IndexPropertyKeys(K), T, options) : RecordCreateFromPattern(K.pattern, T, options);
}
function FromUnionKey(key, type, options) {
  return RecordCreateFromKeys(IndexPropertyKeys(Union(key)), type, options);
}
function FromLiteralKey(key, type, options) {
  return RecordCreateFromKeys([key.toString()], type, options);
}
function FromRegExpKey(key, type, options) {
  return RecordCreateFromPattern(key.source, type, options);
}
function FromStringKey(key, type, options) {
  const pattern = IsUndefined(key.pattern) ? PatternStringExact : key.pattern;
  return RecordCreateFromPattern(pattern, type, options);
}
function FromAnyKey(_, type, options) {
  return RecordCreateFromPattern(PatternStringExact, type, options);
}
function FromNeverKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNeverExact, type, options);
}
function FromBooleanKey(_key, type, options) {
  return Object2({ true: type, false: type }, options);
}
function FromIntegerKey(_key, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
function FromNumberKey(_, type, options) {
  return RecordCreateFromPattern(PatternNumberExact, type, options);
}
function Record(key, type, options = {}) {
  return IsUnion(key) ? FromUnionKey(key.anyOf, type, options) : IsTemplateLiteral(key) ? FromTemplateLiteralKey(key, type, options) : IsLiteral(key) ? FromLiteralKey(key.const, type, options) : IsBoolean3(key) ? FromBooleanKey(key, type, options) : IsInteger2(key) ? FromIntegerKey(key, type, options) : IsNumber3(key) ? FromNumberKey(key, type, options) : IsRegExp2(key) ? FromRegExpKey(key, type, options) : IsString3(key) ? FromStringKey(key, type, options) : IsAny(key) ? FromAnyKey(key, type, options) : IsNever(key) ? FromNeverKey(key, type, options) : Never(options);
}
function RecordPattern(record) {
  return globalThis.Object.getOwnPropertyNames(record.patternProperties)[0];
}
function RecordKey2(type) {
  const pattern = RecordPattern(type);
  return pattern === PatternStringExact ? String2() : pattern === PatternNumberExact ? Number2() : String2({ pattern });
}
function RecordValue2(type) {
  return type.patternProperties[RecordPattern(type)];
}

// node_modules/@sinclair/typebox/build/esm/type/instantiate/instantiate.mjs
function FromConstructor2(args, type) {
  type.parameters = FromTypes(args, type.parameters);
  type.returns = FromType(args, type.returns);
  return type;
}
function FromFunction2(args, type) {
  type.parameters = FromTypes(args, type.parameters);
  type.returns = FromType(args, type.returns);
  return type;
}
function FromIntersect5(args, type) {
  type.allOf = FromTypes(args, type.allOf);
  return type;
}
function FromUnion7(args, type) {
  type.anyOf = FromTypes(args, type.anyOf);
  return type;
}
function FromTuple4(args, type) {
  if (IsUndefined(type.items))
    return type;
  type.items = FromTypes(args, type.items);
  return type;
}
function FromArray5(args, type) {
  type.items = FromType(args, type.items);
  return type;
}
function FromAsyncIterator2(args, type) {
  type.items = FromType(args, type.items);
  return type;
}
function FromIterator2(args, type) {
  type.items = FromType(args, type.items);
  return type;
}
function FromPromise3(args, type) {
  type.item = FromType(args, type.item);
  return type;
}
function FromObject2(args, type) {
  const mappedProperties = FromProperties11(args, type.properties);
  return { ...type, ...Object2(mappedProperties) };
}
function FromRecord2(args, type) {
  const mappedKey = FromType(args, RecordKey2(type));
  const mappedValue = FromType(args, RecordValue2(type));
  const result = Record(mappedKey, mappedValue);
  return { ...type, ...result };
}
function FromArgument(args, argument) {
  return argument.index in args ? args[argument.index] : Unknown();
}
function FromProperty2(args, type) {
  const isReadonly = IsReadonly(type);
  const isOptional = IsOptional(type);
  const mapped = FromType(args, type);
  return isReadonly && isOptional ? ReadonlyOptional(mapped) : isReadonly && !isOptional ? Readonly(mapped) : !isReadonly && isOptional ? Optional(mapped) : mapped;
}
function FromProperties11(args, properties) {
  return globalThis.Object.getOwnPropertyNames(properties).reduce((result, key) => {
    return { ...result, [key]: FromProperty2(args, properties[key]) };
  }, {});
}
function FromTypes(args, types) {
  return types.map((type) => FromType(args, type));
}
function FromType(args, type) {
  return IsConstructor(type) ? FromConstructor2(args, type) : IsFunction3(type) ? FromFunction2(args, type) : IsIntersect(type) ? FromIntersect5(args, type) : IsUnion(type) ? FromUnion7(args, type) : IsTuple(type) ? FromTuple4(args, type) : IsArray3(type) ? FromArray5(args, type) : IsAsyncIterator3(type) ? FromAsyncIterator2(args, type) : IsIterator3(type) ? FromIterator2(args, type) : IsPromise2(type) ? FromPromise3(args, type) : IsObject3(type) ? FromObject2(args, type) : IsRecord(type) ? FromRecord2(args, type) : IsArgument(type) ? FromArgument(args, type) : type;
}
function Instantiate(type, args) {
  return FromType(args, CloneType(type));
}

// node_modules/@sinclair/typebox/build/esm/type/integer/integer.mjs
function Integer(options) {
  return CreateType({ [Kind]: "Integer", type: "integer" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic-from-mapped-key.mjs
function MappedIntrinsicPropertyKey(K, M, options) {
  return {
    [K]: Intrinsic(Literal(K), M, Clone(options))
  };
}
function MappedIntrinsicPropertyKeys(K, M, options) {
  const result = K.reduce((Acc, L) => {
    return { ...Acc, ...MappedIntrinsicPropertyKey(L, M, options) };
  }, {});
  return result;
}
function MappedIntrinsicProperties(T, M, options) {
  return MappedIntrinsicPropertyKeys(T["keys"], M, options);
}
function IntrinsicFromMappedKey(T, M, options) {
  const P = MappedIntrinsicProperties(T, M, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/intrinsic.mjs
function ApplyUncapitalize(value) {
  const [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toLowerCase(), rest].join("");
}
function ApplyCapitalize(value) {
  const [first, rest] = [value.slice(0, 1), value.slice(1)];
  return [first.toUpperCase(), rest].join("");
}
function ApplyUppercase(value) {
  return value.toUpperCase();
}
function ApplyLowercase(value) {
  return value.toLowerCase();
}
function FromTemplateLiteral3(schema, mode, options) {
  const expression = TemplateLiteralParseExact(schema.pattern);
  const finite = IsTemplateLiteralExpressionFinite(expression);
  if (!finite)
    return { ...schema, pattern: FromLiteralValue(schema.pattern, mode) };
  const strings = [...TemplateLiteralExpressionGenerate(expression)];
  const literals = strings.map((value) => Literal(value));
  const mapped = FromRest5(literals, mode);
  const union = Union(mapped);
  return TemplateLiteral([union], options);
}
function FromLiteralValue(value, mode) {
  return typeof value === "string" ? mode === "Uncapitalize" ? ApplyUncapitalize(value) : mode === "Capitalize" ? ApplyCapitalize(value) : mode === "Uppercase" ? ApplyUppercase(value) : mode === "Lowercase" ? ApplyLowercase(value) : value : value.toString();
}
function FromRest5(T, M) {
  return T.map((L) => Intrinsic(L, M));
}
function Intrinsic(schema, mode, options = {}) {
  return (
    // Intrinsic-Mapped-Inference
    IsMappedKey(schema) ? IntrinsicFromMappedKey(schema, mode, options) : (
      // Standard-Inference
      IsTemplateLiteral(schema) ? FromTemplateLiteral3(schema, mode, options) : IsUnion(schema) ? Union(FromRest5(schema.anyOf, mode), options) : IsLiteral(schema) ? Literal(FromLiteralValue(schema.const, mode), options) : (
        // Default Type
        CreateType(schema, options)
      )
    )
  );
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/capitalize.mjs
function Capitalize(T, options = {}) {
  return Intrinsic(T, "Capitalize", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/lowercase.mjs
function Lowercase(T, options = {}) {
  return Intrinsic(T, "Lowercase", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uncapitalize.mjs
function Uncapitalize(T, options = {}) {
  return Intrinsic(T, "Uncapitalize", options);
}

// node_modules/@sinclair/typebox/build/esm/type/intrinsic/uppercase.mjs
function Uppercase(T, options = {}) {
  return Intrinsic(T, "Uppercase", options);
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-result.mjs
function FromProperties12(properties, propertyKeys, options) {
  const result = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Omit(properties[K2], propertyKeys, Clone(options));
  return result;
}
function FromMappedResult9(mappedResult, propertyKeys, options) {
  return FromProperties12(mappedResult.properties, propertyKeys, options);
}
function OmitFromMappedResult(mappedResult, propertyKeys, options) {
  const properties = FromMappedResult9(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit.mjs
function FromIntersect6(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
function FromUnion8(types, propertyKeys) {
  return types.map((type) => OmitResolve(type, propertyKeys));
}
function FromProperty3(properties, key) {
  const { [key]: _, ...R } = properties;
  return R;
}
function FromProperties13(properties, propertyKeys) {
  return propertyKeys.reduce((T, K2) => FromProperty3(T, K2), properties);
}
function FromObject3(type, propertyKeys, properties) {
  const options = Discard(type, [TransformKind, "$id", "required", "properties"]);
  const mappedProperties = FromProperties13(properties, propertyKeys);
  return Object2(mappedProperties, options);
}
function UnionFromPropertyKeys(propertyKeys) {
  const result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
function OmitResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect6(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion8(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject3(type, propertyKeys, type.properties) : Object2({});
}
function Omit(type, key, options) {
  const typeKey = IsArray(key) ? UnionFromPropertyKeys(key) : key;
  const propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key;
  const isTypeRef = IsRef(type);
  const isKeyRef = IsRef(key);
  return IsMappedResult(type) ? OmitFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? OmitFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Omit", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Omit", [type, typeKey], options) : CreateType({ ...OmitResolve(type, propertyKeys), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/omit/omit-from-mapped-key.mjs
function FromPropertyKey2(type, key, options) {
  return { [key]: Omit(type, [key], Clone(options)) };
}
function FromPropertyKeys2(type, propertyKeys, options) {
  return propertyKeys.reduce((Acc, LK) => {
    return { ...Acc, ...FromPropertyKey2(type, LK, options) };
  }, {});
}
function FromMappedKey3(type, mappedKey, options) {
  return FromPropertyKeys2(type, mappedKey.keys, options);
}
function OmitFromMappedKey(type, mappedKey, options) {
  const properties = FromMappedKey3(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-result.mjs
function FromProperties14(properties, propertyKeys, options) {
  const result = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(properties))
    result[K2] = Pick(properties[K2], propertyKeys, Clone(options));
  return result;
}
function FromMappedResult10(mappedResult, propertyKeys, options) {
  return FromProperties14(mappedResult.properties, propertyKeys, options);
}
function PickFromMappedResult(mappedResult, propertyKeys, options) {
  const properties = FromMappedResult10(mappedResult, propertyKeys, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick.mjs
function FromIntersect7(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
function FromUnion9(types, propertyKeys) {
  return types.map((type) => PickResolve(type, propertyKeys));
}
function FromProperties15(properties, propertyKeys) {
  const result = {};
  for (const K2 of propertyKeys)
    if (K2 in properties)
      result[K2] = properties[K2];
  return result;
}
function FromObject4(Type2, keys, properties) {
  const options = Discard(Type2, [TransformKind, "$id", "required", "properties"]);
  const mappedProperties = FromProperties15(properties, keys);
  return Object2(mappedProperties, options);
}
function UnionFromPropertyKeys2(propertyKeys) {
  const result = propertyKeys.reduce((result2, key) => IsLiteralValue(key) ? [...result2, Literal(key)] : result2, []);
  return Union(result);
}
function PickResolve(type, propertyKeys) {
  return IsIntersect(type) ? Intersect(FromIntersect7(type.allOf, propertyKeys)) : IsUnion(type) ? Union(FromUnion9(type.anyOf, propertyKeys)) : IsObject3(type) ? FromObject4(type, propertyKeys, type.properties) : Object2({});
}
function Pick(type, key, options) {
  const typeKey = IsArray(key) ? UnionFromPropertyKeys2(key) : key;
  const propertyKeys = IsSchema(key) ? IndexPropertyKeys(key) : key;
  const isTypeRef = IsRef(type);
  const isKeyRef = IsRef(key);
  return IsMappedResult(type) ? PickFromMappedResult(type, propertyKeys, options) : IsMappedKey(key) ? PickFromMappedKey(type, key, options) : isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : !isTypeRef && isKeyRef ? Computed("Pick", [type, typeKey], options) : isTypeRef && !isKeyRef ? Computed("Pick", [type, typeKey], options) : CreateType({ ...PickResolve(type, propertyKeys), ...options });
}

// node_modules/@sinclair/typebox/build/esm/type/pick/pick-from-mapped-key.mjs
function FromPropertyKey3(type, key, options) {
  return {
    [key]: Pick(type, [key], Clone(options))
  };
}
function FromPropertyKeys3(type, propertyKeys, options) {
  return propertyKeys.reduce((result, leftKey) => {
    return { ...result, ...FromPropertyKey3(type, leftKey, options) };
  }, {});
}
function FromMappedKey4(type, mappedKey, options) {
  return FromPropertyKeys3(type, mappedKey.keys, options);
}
function PickFromMappedKey(type, mappedKey, options) {
  const properties = FromMappedKey4(type, mappedKey, options);
  return MappedResult(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/partial/partial.mjs
function FromComputed3(target, parameters) {
  return Computed("Partial", [Computed(target, parameters)]);
}
function FromRef3($ref) {
  return Computed("Partial", [Ref($ref)]);
}
function FromProperties16(properties) {
  const partialProperties = {};
  for (const K of globalThis.Object.getOwnPropertyNames(properties))
    partialProperties[K] = Optional(properties[K]);
  return partialProperties;
}
function FromObject5(type, properties) {
  const options = Discard(type, [TransformKind, "$id", "required", "properties"]);
  const mappedProperties = FromProperties16(properties);
  return Object2(mappedProperties, options);
}
function FromRest6(types) {
  return types.map((type) => PartialResolve(type));
}
function PartialResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed3(type.target, type.parameters) : IsRef(type) ? FromRef3(type.$ref) : IsIntersect(type) ? Intersect(FromRest6(type.allOf)) : IsUnion(type) ? Union(FromRest6(type.anyOf)) : IsObject3(type) ? FromObject5(type, type.properties) : (
      // Intrinsic
      IsBigInt3(type) ? type : IsBoolean3(type) ? type : IsInteger2(type) ? type : IsLiteral(type) ? type : IsNull3(type) ? type : IsNumber3(type) ? type : IsString3(type) ? type : IsSymbol3(type) ? type : IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
function Partial(type, options) {
  if (IsMappedResult(type)) {
    return PartialFromMappedResult(type, options);
  } else {
    return CreateType({ ...PartialResolve(type), ...options });
  }
}

// node_modules/@sinclair/typebox/build/esm/type/partial/partial-from-mapped-result.mjs
function FromProperties17(K, options) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(K))
    Acc[K2] = Partial(K[K2], Clone(options));
  return Acc;
}
function FromMappedResult11(R, options) {
  return FromProperties17(R.properties, options);
}
function PartialFromMappedResult(R, options) {
  const P = FromMappedResult11(R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/required/required.mjs
function FromComputed4(target, parameters) {
  return Computed("Required", [Computed(target, parameters)]);
}
function FromRef4($ref) {
  return Computed("Required", [Ref($ref)]);
}
function FromProperties18(properties) {
  const requiredProperties = {};
  for (const K of globalThis.Object.getOwnPropertyNames(properties))
    requiredProperties[K] = Discard(properties[K], [OptionalKind]);
  return requiredProperties;
}
function FromObject6(type, properties) {
  const options = Discard(type, [TransformKind, "$id", "required", "properties"]);
  const mappedProperties = FromProperties18(properties);
  return Object2(mappedProperties, options);
}
function FromRest7(types) {
  return types.map((type) => RequiredResolve(type));
}
function RequiredResolve(type) {
  return (
    // Mappable
    IsComputed(type) ? FromComputed4(type.target, type.parameters) : IsRef(type) ? FromRef4(type.$ref) : IsIntersect(type) ? Intersect(FromRest7(type.allOf)) : IsUnion(type) ? Union(FromRest7(type.anyOf)) : IsObject3(type) ? FromObject6(type, type.properties) : (
      // Intrinsic
      IsBigInt3(type) ? type : IsBoolean3(type) ? type : IsInteger2(type) ? type : IsLiteral(type) ? type : IsNull3(type) ? type : IsNumber3(type) ? type : IsString3(type) ? type : IsSymbol3(type) ? type : IsUndefined3(type) ? type : (
        // Passthrough
        Object2({})
      )
    )
  );
}
function Required(type, options) {
  if (IsMappedResult(type)) {
    return RequiredFromMappedResult(type, options);
  } else {
    return CreateType({ ...RequiredResolve(type), ...options });
  }
}

// node_modules/@sinclair/typebox/build/esm/type/required/required-from-mapped-result.mjs
function FromProperties19(P, options) {
  const Acc = {};
  for (const K2 of globalThis.Object.getOwnPropertyNames(P))
    Acc[K2] = Required(P[K2], options);
  return Acc;
}
function FromMappedResult12(R, options) {
  return FromProperties19(R.properties, options);
}
function RequiredFromMappedResult(R, options) {
  const P = FromMappedResult12(R, options);
  return MappedResult(P);
}

// node_modules/@sinclair/typebox/build/esm/type/module/compute.mjs
function DereferenceParameters(moduleProperties, types) {
  return types.map((type) => {
    return IsRef(type) ? Dereference(moduleProperties, type.$ref) : FromType2(moduleProperties, type);
  });
}
function Dereference(moduleProperties, ref) {
  return ref in moduleProperties ? IsRef(moduleProperties[ref]) ? Dereference(moduleProperties, moduleProperties[ref].$ref) : FromType2(moduleProperties, moduleProperties[ref]) : Never();
}
function FromAwaited(parameters) {
  return Awaited(parameters[0]);
}
function FromIndex(parameters) {
  return Index(parameters[0], parameters[1]);
}
function FromKeyOf(parameters) {
  return KeyOf(parameters[0]);
}
function FromPartial(parameters) {
  return Partial(parameters[0]);
}
function FromOmit(parameters) {
  return Omit(parameters[0], parameters[1]);
}
function FromPick(parameters) {
  return Pick(parameters[0], parameters[1]);
}
function FromRequired(parameters) {
  return Required(parameters[0]);
}
function FromComputed5(moduleProperties, target, parameters) {
  const dereferenced = DereferenceParameters(moduleProperties, parameters);
  return target === "Awaited" ? FromAwaited(dereferenced) : target === "Index" ? FromIndex(dereferenced) : target === "KeyOf" ? FromKeyOf(dereferenced) : target === "Partial" ? FromPartial(dereferenced) : target === "Omit" ? FromOmit(dereferenced) : target === "Pick" ? FromPick(dereferenced) : target === "Required" ? FromRequired(dereferenced) : Never();
}
function FromArray6(moduleProperties, type) {
  return Array2(FromType2(moduleProperties, type));
}
function FromAsyncIterator3(moduleProperties, type) {
  return AsyncIterator(FromType2(moduleProperties, type));
}
function FromConstructor3(moduleProperties, parameters, instanceType) {
  return Constructor(FromTypes2(moduleProperties, parameters), FromType2(moduleProperties, instanceType));
}
function FromFunction3(moduleProperties, parameters, returnType) {
  return Function(FromTypes2(moduleProperties, parameters), FromType2(moduleProperties, returnType));
}
function FromIntersect8(moduleProperties, types) {
  return Intersect(FromTypes2(moduleProperties, types));
}
function FromIterator3(moduleProperties, type) {
  return Iterator(FromType2(moduleProperties, type));
}
function FromObject7(moduleProperties, properties) {
  return Object2(globalThis.Object.keys(properties).reduce((result, key) => {
    return { ...result, [key]: FromType2(moduleProperties, properties[key]) };
  }, {}));
}
function FromRecord3(moduleProperties, type) {
  const [value, pattern] = [FromType2(moduleProperties, RecordValue2(type)), RecordPattern(type)];
  const result = CloneType(type);
  result.patternProperties[pattern] = value;
  return result;
}
function FromTransform(moduleProperties, transform) {
  return IsRef(transform) ? { ...Dereference(moduleProperties, transform.$ref), [TransformKind]: transform[TransformKind] } : transform;
}
function FromTuple5(moduleProperties, types) {
  return Tuple(FromTypes2(moduleProperties, types));
}
function FromUnion10(moduleProperties, types) {
  return Union(FromTypes2(moduleProperties, types));
}
function FromTypes2(moduleProperties, types) {
  return types.map((type) => FromType2(moduleProperties, type));
}
function FromType2(moduleProperties, type) {
  return (
    // Modifiers
    IsOptional(type) ? CreateType(FromType2(moduleProperties, Discard(type, [OptionalKind])), type) : IsReadonly(type) ? CreateType(FromType2(moduleProperties, Discard(type, [ReadonlyKind])), type) : (
      // Transform
      IsTransform(type) ? CreateType(FromTransform(moduleProperties, type), type) : (
        // Types
        IsArray3(type) ? CreateType(FromArray6(moduleProperties, type.items), type) : IsAsyncIterator3(type) ? CreateType(FromAsyncIterator3(moduleProperties, type.items), type) : IsComputed(type) ? CreateType(FromComputed5(moduleProperties, type.target, type.parameters)) : IsConstructor(type) ? CreateType(FromConstructor3(moduleProperties, type.parameters, type.returns), type) : IsFunction3(type) ? CreateType(FromFunction3(moduleProperties, type.parameters, type.returns), type) : IsIntersect(type) ? CreateType(FromIntersect8(moduleProperties, type.allOf), type) : IsIterator3(type) ? CreateType(FromIterator3(moduleProperties, type.items), type) : IsObject3(type) ? CreateType(FromObject7(moduleProperties, type.properties), type) : IsRecord(type) ? CreateType(FromRecord3(moduleProperties, type)) : IsTuple(type) ? CreateType(FromTuple5(moduleProperties, type.items || []), type) : IsUnion(type) ? CreateType(FromUnion10(moduleProperties, type.anyOf), type) : type
      )
    )
  );
}
function ComputeType(moduleProperties, key) {
  return key in moduleProperties ? FromType2(moduleProperties, moduleProperties[key]) : Never();
}
function ComputeModuleProperties(moduleProperties) {
  return globalThis.Object.getOwnPropertyNames(moduleProperties).reduce((result, key) => {
    return { ...result, [key]: ComputeType(moduleProperties, key) };
  }, {});
}

// node_modules/@sinclair/typebox/build/esm/type/module/module.mjs
var TModule = class {
  constructor($defs) {
    const computed = ComputeModuleProperties($defs);
    const identified = this.WithIdentifiers(computed);
    this.$defs = identified;
  }
  /** `[Json]` Imports a Type by Key. */
  Import(key, options) {
    const $defs = { ...this.$defs, [key]: CreateType(this.$defs[key], options) };
    return CreateType({ [Kind]: "Import", $defs, $ref: key });
  }
  // prettier-ignore
  WithIdentifiers($defs) {
    return globalThis.Object.getOwnPropertyNames($defs).reduce((result, key) => {
      return { ...result, [key]: { ...$defs[key], $id: key } };
    }, {});
  }
};
function Module(properties) {
  return new TModule(properties);
}

// node_modules/@sinclair/typebox/build/esm/type/not/not.mjs
function Not(type, options) {
  return CreateType({ [Kind]: "Not", not: type }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/parameters/parameters.mjs
function Parameters(schema, options) {
  return IsFunction3(schema) ? Tuple(schema.parameters, options) : Never();
}

// node_modules/@sinclair/typebox/build/esm/type/recursive/recursive.mjs
var Ordinal = 0;
function Recursive(callback, options = {}) {
  if (IsUndefined(options.$id))
    options.$id = `T${Ordinal++}`;
  const thisType = CloneType(callback({ [Kind]: "This", $ref: `${options.$id}` }));
  thisType.$id = options.$id;
  return CreateType({ [Hint]: "Recursive", ...thisType }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/regexp/regexp.mjs
function RegExp2(unresolved, options) {
  const expr = IsString(unresolved) ? new globalThis.RegExp(unresolved) : unresolved;
  return CreateType({ [Kind]: "RegExp", type: "RegExp", source: expr.source, flags: expr.flags }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/rest/rest.mjs
function RestResolve(T) {
  return IsIntersect(T) ? T.allOf : IsUnion(T) ? T.anyOf : IsTuple(T) ? T.items ?? [] : [];
}
function Rest(T) {
  return RestResolve(T);
}

// node_modules/@sinclair/typebox/build/esm/type/return-type/return-type.mjs
function ReturnType(schema, options) {
  return IsFunction3(schema) ? CreateType(schema.returns, options) : Never(options);
}

// node_modules/@sinclair/typebox/build/esm/type/transform/transform.mjs
var TransformDecodeBuilder = class {
  constructor(schema) {
    this.schema = schema;
  }
  Decode(decode) {
    return new TransformEncodeBuilder(this.schema, decode);
  }
};
var TransformEncodeBuilder = class {
  constructor(schema, decode) {
    this.schema = schema;
    this.decode = decode;
  }
  EncodeTransform(encode2, schema) {
    const Encode = (value) => schema[TransformKind].Encode(encode2(value));
    const Decode = (value) => this.decode(schema[TransformKind].Decode(value));
    const Codec = { Encode, Decode };
    return { ...schema, [TransformKind]: Codec };
  }
  EncodeSchema(encode2, schema) {
    const Codec = { Decode: this.decode, Encode: encode2 };
    return { ...schema, [TransformKind]: Codec };
  }
  Encode(encode2) {
    return IsTransform(this.schema) ? this.EncodeTransform(encode2, this.schema) : this.EncodeSchema(encode2, this.schema);
  }
};
function Transform(schema) {
  return new TransformDecodeBuilder(schema);
}

// node_modules/@sinclair/typebox/build/esm/type/unsafe/unsafe.mjs
function Unsafe(options = {}) {
  return CreateType({ [Kind]: options[Kind] ?? "Unsafe" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/void/void.mjs
function Void(options) {
  return CreateType({ [Kind]: "Void", type: "void" }, options);
}

// node_modules/@sinclair/typebox/build/esm/type/type/type.mjs
var type_exports2 = {};
__export(type_exports2, {
  Any: () => Any,
  Argument: () => Argument,
  Array: () => Array2,
  AsyncIterator: () => AsyncIterator,
  Awaited: () => Awaited,
  BigInt: () => BigInt,
  Boolean: () => Boolean2,
  Capitalize: () => Capitalize,
  Composite: () => Composite,
  Const: () => Const,
  Constructor: () => Constructor,
  ConstructorParameters: () => ConstructorParameters,
  Date: () => Date2,
  Enum: () => Enum,
  Exclude: () => Exclude,
  Extends: () => Extends,
  Extract: () => Extract,
  Function: () => Function,
  Index: () => Index,
  InstanceType: () => InstanceType,
  Instantiate: () => Instantiate,
  Integer: () => Integer,
  Intersect: () => Intersect,
  Iterator: () => Iterator,
  KeyOf: () => KeyOf,
  Literal: () => Literal,
  Lowercase: () => Lowercase,
  Mapped: () => Mapped,
  Module: () => Module,
  Never: () => Never,
  Not: () => Not,
  Null: () => Null,
  Number: () => Number2,
  Object: () => Object2,
  Omit: () => Omit,
  Optional: () => Optional,
  Parameters: () => Parameters,
  Partial: () => Partial,
  Pick: () => Pick,
  Promise: () => Promise2,
  Readonly: () => Readonly,
  ReadonlyOptional: () => ReadonlyOptional,
  Record: () => Record,
  Recursive: () => Recursive,
  Ref: () => Ref,
  RegExp: () => RegExp2,
  Required: () => Required,
  Rest: () => Rest,
  ReturnType: () => ReturnType,
  String: () => String2,
  Symbol: () => Symbol2,
  TemplateLiteral: () => TemplateLiteral,
  Transform: () => Transform,
  Tuple: () => Tuple,
  Uint8Array: () => Uint8Array2,
  Uncapitalize: () => Uncapitalize,
  Undefined: () => Undefined,
  Union: () => Union,
  Unknown: () => Unknown,
  Unsafe: () => Unsafe,
  Uppercase: () => Uppercase,
  Void: () => Void
});

// node_modules/@sinclair/typebox/build/esm/type/type/index.mjs
var Type = type_exports2;

// src/core/settings-parts.ts
var settingsPart = (schema) => ({
  schema
});
var restSettingsPart = (schema, endpoint) => ({ schema, rest: { ...endpoint, schema } });
var deletableRestSettingsPart = (schema, endpoint) => ({
  schema,
  rest: { ...endpoint, schema, deletable: true },
  nullable: true
});
function partProperties(parts) {
  return Object.fromEntries(
    Object.entries(parts).map(([part, d]) => [
      part,
      Type.Optional(
        d.nullable === true ? Type.Union([d.schema, Type.Null()], { description: d.schema.description ?? "" }) : d.schema
      )
    ])
  );
}
function emptyParts(parts) {
  return Object.fromEntries(Object.keys(parts).map((part) => [part, {}]));
}
function restEndpointOf(parts, part) {
  const endpoint = parts[part]?.rest;
  if (endpoint === void 0) throw new Error(`settings part '${part}' declares no REST endpoint`);
  return endpoint;
}

// src/core/group-settings-parts.ts
var strict = { additionalProperties: false };
var IAC_CUSTOM_RULES = {
  isEnabled: Type.Optional(Type.Boolean({ description: "Whether IaC custom rules are used." })),
  ociRegistryUrl: Type.Optional(
    Type.String({
      minLength: 1,
      description: "The URL of the OCI registry that holds the custom rules bundle."
    })
  ),
  ociRegistryTag: Type.Optional(
    Type.String({ minLength: 1, description: "The tag of the custom rules bundle in the OCI registry." })
  )
};
var GroupIacSchema = Type.Object(
  {
    customRules: Type.Optional(
      Type.Object(IAC_CUSTOM_RULES, { ...strict, description: "IaC custom rules of the group." })
    )
  },
  { ...strict, description: "IaC settings of the group (REST `/groups/{group_id}/settings/iac`)." }
);
var PullRequestTemplateSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, description: "The title of Snyk's fix pull requests." })),
    commitMessage: Type.Optional(
      Type.String({ minLength: 1, description: "The commit message of Snyk's fix pull requests." })
    ),
    description: Type.Optional(
      Type.String({ minLength: 1, description: "The description (body) of Snyk's fix pull requests." })
    )
  },
  {
    ...strict,
    description: "The group's template for Snyk's fix pull requests (REST `/groups/{group_id}/settings/pull_request_template`); `null` deletes it, absent leaves it unmanaged."
  }
);
var GROUP_SETTINGS_PARTS = {
  iac: restSettingsPart(GroupIacSchema, {
    template: "/groups/{group_id}/settings/iac",
    type: "iac_settings",
    write: "PATCH",
    releases: { read: ["2021-12-09"], write: ["2021-12-09"] }
  }),
  pullRequestTemplate: deletableRestSettingsPart(PullRequestTemplateSchema, {
    template: "/groups/{group_id}/settings/pull_request_template",
    type: "pull_request_template",
    write: "POST",
    releases: {
      read: ["2023-10-13~beta", "2024-05-08"],
      write: ["2023-10-13~beta", "2024-05-08"],
      delete: ["2023-10-13~beta", "2024-05-08"]
    }
  })
};
var GROUP_SETTINGS_PART_NAMES = Object.keys(GROUP_SETTINGS_PARTS);
function groupSettingsPartProperties() {
  return partProperties(GROUP_SETTINGS_PARTS);
}
function everyGroupSettingsPart() {
  return emptyParts(GROUP_SETTINGS_PARTS);
}

// src/core/json.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function canonicalJson(value, options = {}) {
  return writeCanonical(value, options.sortArrays === true);
}
function writeCanonical(value, sortArrays) {
  if (typeof value !== "object" || value === null) return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    const items = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = writeCanonical(value[i], sortArrays);
    if (sortArrays) items.sort();
    return `[${items.join(",")}]`;
  }
  const record = value;
  const keys = Object.keys(record).sort();
  let out = "{";
  for (const key of keys) {
    const item = record[key];
    if (item === void 0) continue;
    if (out.length > 1) out += ",";
    out += `${JSON.stringify(key)}:${writeCanonical(item, sortArrays)}`;
  }
  return `${out}}`;
}
function writeCanonicalJson(value, sortArrays, write) {
  emitCanonical(value, sortArrays, (piece) => {
    write(piece);
    return true;
  });
}
function emitCanonical(value, sortArrays, emit) {
  if (typeof value !== "object" || value === null) return emit(JSON.stringify(value ?? null));
  if (Array.isArray(value)) {
    if (!emit("[")) return false;
    const forms = sortArrays && value.length > 1 ? sortByForm(value) : void 0;
    for (let i = 0; i < value.length; i++) {
      if (i > 0 && !emit(",")) return false;
      const form = forms?.[i];
      const done = form?.whole ? emit(form.head) : emitCanonical(form ? form.item : value[i], sortArrays, emit);
      if (!done) return false;
    }
    return emit("]");
  }
  const record = value;
  let first = true;
  if (!emit("{")) return false;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === void 0) continue;
    if (!emit(`${first ? "" : ","}${JSON.stringify(key)}:`)) return false;
    first = false;
    if (!emitCanonical(item, sortArrays, emit)) return false;
  }
  return emit("}");
}
var SORT_PREFIX = 256;
var ARRAY_AFTER = 32;
function sortByForm(items) {
  const forms = items.map((item) => {
    let head = "";
    const whole = emitCanonical(item, true, (piece) => {
      head += piece;
      return head.length < SORT_PREFIX && !(piece === "[" && head.length > ARRAY_AFTER);
    });
    return { item, head, whole };
  });
  const full = (form) => {
    form.full ??= writeCanonical(form.item, true);
    return form.full;
  };
  forms.sort((a, b) => {
    const byHead = compareText(a.head, b.head);
    if (a.whole && b.whole) return byHead;
    const aFirst = a.head.length <= b.head.length;
    const short = aFirst ? a : b;
    const long = aFirst ? b : a;
    if (!long.head.startsWith(short.head)) return byHead;
    if (short.whole && short.head.length < long.head.length) return byHead;
    return compareText(full(a), full(b));
  });
  return forms;
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function projectOnto(live, shape) {
  const source = isPlainObject(live) ? live : {};
  const out = {};
  for (const [key, wanted] of Object.entries(shape)) {
    if (!(key in source) || source[key] === void 0) continue;
    const have = source[key];
    out[key] = isPlainObject(wanted) && isPlainObject(have) ? projectOnto(have, wanted) : have;
  }
  return out;
}
function mergeDeep(base, patch) {
  if (!isPlainObject(patch) || !isPlainObject(base)) return structuredClone(patch);
  const out = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeDeep(out[key], value) : structuredClone(value);
  }
  return out;
}
function toJson(value) {
  return JSON.parse(JSON.stringify(value ?? null));
}

// src/core/desired-integrations.ts
var strict2 = { additionalProperties: false };
var INTEGRATION_TYPES = [
  "acr",
  "artifactory-cr",
  "azure-repos",
  "bitbucket-cloud",
  "bitbucket-connect-app",
  "bitbucket-server",
  "digitalocean-cr",
  "docker-hub",
  "ecr",
  "gcr",
  "github",
  "github-cloud-app",
  "github-cr",
  "github-enterprise",
  "github-server-app",
  "gitlab",
  "gitlab-cr",
  "google-artifact-cr",
  "harbor-cr",
  "nexus-cr",
  "quay-cr"
];
var flag = (description) => Type.Optional(Type.Boolean({ description }));
var PullRequestAssignment = Type.Union(
  [
    Type.Object(
      {
        enabled: flag("Snyk assigns its PRs to someone."),
        type: Type.Optional(
          Type.String({ maxLength: 50, description: "How assignees are chosen: `auto` or `manual`." })
        ),
        assignees: Type.Optional(
          Type.Array(Type.String({ maxLength: 200 }), { description: "SCM users assigned (type manual)." })
        )
      },
      { ...strict2, description: "Who Snyk assigns its PRs to (the shape real bodies carry)." }
    ),
    Type.String({ maxLength: 200, description: "The spec's string form." })
  ],
  { description: "Assignment of Snyk PRs: an object `{ enabled, type, assignees }`, or the spec's string." }
);
var IntegrationSettingsSchema = Type.Object(
  {
    autoDepUpgradeEnabled: flag("Automatic dependency upgrade pull requests are opened."),
    autoDepUpgradeLimit: Type.Optional(
      Type.Number({ minimum: 0, description: "How many dependency upgrade PRs may be open at once." })
    ),
    autoDepUpgradeIgnoredDependencies: Type.Optional(
      Type.Array(Type.String(), { description: "Dependencies never upgraded automatically." })
    ),
    autoDepUpgradeMinAge: Type.Optional(
      Type.Number({ minimum: 0, description: "Days a new version must have been out before an upgrade PR." })
    ),
    autoPrivateDepUpgradeEnabled: flag("Upgrade PRs also cover private (registry) dependencies."),
    isMajorUpgradeEnabled: flag("Upgrade PRs may move to a new major version."),
    pullRequestTestEnabled: flag("Pull requests are tested by Snyk (the PR check)."),
    pullRequestFailOnAnyVulns: flag("A PR check fails when any vulnerable dependency is found."),
    pullRequestFailOnlyForHighSeverity: flag("A PR check fails only for high-severity issues."),
    pullRequestFailOnlyForIssuesWithFix: flag("A PR check fails only for issues that have a fix."),
    pullRequestTestCodeEnabled: flag("Pull requests are tested with Snyk Code."),
    pullRequestFailOnAnyCodeIssues: flag("A Snyk Code PR check fails on any issue, whatever its severity."),
    pullRequestTestCodeSeverity: Type.Optional(
      Type.Union([Type.Literal("low"), Type.Literal("medium"), Type.Literal("high"), Type.Null()], {
        description: "Lowest Snyk Code severity that fails a PR check: low, medium, high or null."
      })
    ),
    pullRequestAssignment: Type.Optional(PullRequestAssignment),
    autoRemediationPrs: Type.Optional(
      Type.Object(
        {
          freshPrsEnabled: flag("Fix PRs for newly found issues (or old ones that became fixable)."),
          backlogPrsEnabled: flag("Fix PRs for prioritised backlog issues."),
          backlogPrStrategy: Type.Optional(
            Type.Union([Type.Literal("vuln"), Type.Literal("dependency")], {
              description: "What a backlog PR fixes: one vulnerability or one dependency."
            })
          ),
          usePatchRemediation: flag("Fix PRs may use patches."),
          customRule: Type.Optional(
            Type.Unknown({ description: "A custom rule for fix PRs, kept as Snyk returns it." })
          )
        },
        { ...strict2, description: "Automatic remediation pull requests." }
      )
    ),
    manualRemediationPrs: Type.Optional(
      Type.Object(
        {
          useManualPatchRemediation: flag("Manual fix PRs may use patches (the name Snyk uses)."),
          usePatchRemediation: flag(
            "The spec's name for useManualPatchRemediation: written under the name the live settings use."
          )
        },
        { ...strict2, description: "Manual remediation pull requests." }
      )
    ),
    reachableVulns: Type.Optional(
      Type.Object(
        { enabled: flag("Reachable vulnerabilities analysis is on.") },
        { ...strict2, description: "Reachable vulnerabilities analysis." }
      )
    ),
    dockerfileSCMEnabled: flag("Dockerfiles in the repositories are detected and scanned.")
  },
  {
    ...strict2,
    description: "v1 integration settings, by the names real Snyk bodies use (and the spec's names where Snyk takes both). Only the listed keys are managed; an update keeps the live values of the others."
  }
);
var IntegrationSchema = Type.Object(
  {
    from: Type.Optional(
      Type.String({
        pattern: "^[\\w.-]{1,100}$",
        description: "Slug of another org of the group (in this file or live) to clone this integration from, credentials included, when the org lacks it (v1 `POST /org/{orgId}/integrations/{integrationId}/clone`)."
      })
    ),
    settings: Type.Optional(IntegrationSettingsSchema)
  },
  {
    ...strict2,
    description: "An integration the org has. Adding one needs SCM credentials, which never go in this file: a listed type the org lacks is a warning, unless `from` names an org to clone it from."
  }
);
var IntegrationsSchema = Type.Object(
  Object.fromEntries(INTEGRATION_TYPES.map((type) => [type, Type.Optional(IntegrationSchema)])),
  {
    ...strict2,
    description: "Integrations by type, as GET /v1/org/{orgId}/integrations names them (github, github-cloud-app, gitlab, bitbucket-cloud, ...)."
  }
);
var event = (description) => Type.Optional(
  Type.Object(
    { enabled: Type.Optional(Type.Boolean({ description: "Whether these notifications are sent." })) },
    { ...strict2, description }
  )
);
var NotificationsSchema = Type.Object(
  {
    "new-issues-remediations": Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Type.Boolean({ description: "Whether these notifications are sent." })),
          issueSeverity: Type.Optional(
            Type.Union([Type.Literal("all"), Type.Literal("high")], {
              description: "Severities notified: all or high."
            })
          ),
          issueType: Type.Optional(
            Type.Union([Type.Literal("all"), Type.Literal("vuln"), Type.Literal("license"), Type.Literal("none")], {
              description: "Issue types notified: all, vuln, license or none."
            })
          )
        },
        { ...strict2, description: "New issues and remediations." }
      )
    ),
    "project-imported": event("A project was imported."),
    "test-limit": event("The test limit is near."),
    "weekly-report": event("The weekly report."),
    "request-updates": event("Updates of ignore approval requests."),
    "pending-requests": event("Pending ignore approval requests.")
  },
  {
    ...strict2,
    description: "The org's default notification settings (v1). Only the listed events and keys are managed; the other keys of a listed event keep their live values."
  }
);
var WebhookSchema = Type.Object(
  {
    url: Type.String({
      maxLength: 2e3,
      pattern: "^https://[^\\s/?#]+[^\\s]*$",
      description: "The webhook URL, its identity in the org: an https URL (Snyk delivers to https only)."
    }),
    secret: Type.Object(
      {
        env: Type.String({
          pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
          maxLength: 200,
          description: "The environment variable that holds the secret: a variable name (letters, digits and `_`, not starting with a digit)."
        })
      },
      {
        ...strict2,
        description: "Where the signing secret comes from. It is read at apply, only when the webhook is created, and never printed, stored or compared (Snyk cannot return it)."
      }
    )
  },
  { ...strict2, description: "An outbound webhook of the org, identified by its url." }
);
var Webhooks = (where) => Type.Array(WebhookSchema, {
  description: `Outbound webhooks of ${where}. Without this key the live webhooks are not read; unlisted ones are deleted only with prune.webhooks.`
});

// src/core/expiry.ts
var DEFAULT_EXPIRY_WARNING_DAYS = 7;
var DAY_MS = 24 * 60 * 60 * 1e3;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var TIMESTAMP = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
var EXPIRES_PATTERN = "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$";
function expiryInstant(expires) {
  const date = DATE.exec(expires);
  if (date !== null) {
    const [y2, m2, d2] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const start = new Date(Date.UTC(y2, m2 - 1, d2));
    if (start.getUTCFullYear() !== y2 || start.getUTCMonth() !== m2 - 1 || start.getUTCDate() !== d2)
      return void 0;
    return new Date(start.getTime() + DAY_MS);
  }
  if (!TIMESTAMP.test(expires)) return void 0;
  const ms = Date.parse(expires.replace(" ", "T"));
  if (Number.isNaN(ms)) return void 0;
  const [y, m, d] = expires.slice(0, 10).split("-").map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  return check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? new Date(ms) : void 0;
}
function expiryOf(spec, now, warningDays) {
  if (spec.expires === void 0) return { state: "active" };
  const at = expiryInstant(spec.expires);
  if (at === void 0) return { state: "expired", at: /* @__PURE__ */ new Date(0) };
  const left = at.getTime() - now.getTime();
  if (left <= 0) return { state: "expired", at };
  if (left <= warningDays * DAY_MS) return { state: "expiring", at, days: Math.ceil(left / DAY_MS) };
  return { state: "active" };
}
function isExpired(spec, now) {
  return expiryOf(spec, now, 0).state === "expired";
}
function formatInstant(at) {
  return at.toISOString().replace(/\.000Z$/, "Z");
}
function expiredNote(spec, at) {
  return `Expired at ${formatInstant(at)} (expires: ${spec.expires}): the access ends.`;
}
function expiryInstants(specs) {
  return specs.flatMap((s) => {
    const at = s.expires === void 0 ? void 0 : expiryInstant(s.expires);
    return at === void 0 ? [] : [at];
  });
}

// src/core/desired-parts.ts
var strict3 = { additionalProperties: false };
var Uuid = (description) => Type.String({ format: "uuid", description });
var UserRef = Type.String({
  minLength: 1,
  maxLength: 320,
  // Anything with an '@' must look like an email; usernames and ids have none.
  pattern: "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$",
  description: "The user: an email address (case-insensitive), a Snyk username, or a user id (uuid). Resolved through the API."
});
var RoleRef = Type.String({
  minLength: 1,
  maxLength: 100,
  description: "The role: a role name (case-insensitive, e.g. 'Org Admin', 'Org Collaborator', 'Group Admin') or a role id (uuid)."
});
var Expires = Type.String({
  pattern: EXPIRES_PATTERN,
  description: "When this access ends: a date (`2026-12-31`, meaning the end of that day in UTC) or a timestamp with its zone (`2026-12-05T18:00:00Z`). From then on the entry is not desired: a live membership is deleted, an absent one is not created. Entries ending within `users.expiryWarningDays` are warnings."
});
var MemberSchema = Type.Object(
  { user: UserRef, role: RoleRef, expires: Type.Optional(Expires) },
  { ...strict3, description: "A membership: this user holds this role." }
);
var Members = (where) => Type.Array(MemberSchema, {
  description: `Memberships of ${where}. Only listed when managed: without this key the live memberships are kept; \`[]\` means no members.`
});
var OrgSettingsSchema = Type.Object(
  {
    requestAccess: Type.Optional(
      Type.Object(
        {
          enabled: Type.Boolean({
            description: "Whether users of the group may request access to this org."
          })
        },
        { ...strict3, description: "Access requests to the org (v1 org settings `requestAccess`)." }
      )
    ),
    ignores: Type.Optional(
      Type.Object(
        {
          approvalWorkflowEnabled: Type.Optional(
            Type.Boolean({ description: "The Ignore Approval Workflow is enabled." })
          ),
          autoApproveIgnores: Type.Optional(
            Type.Boolean({ description: "Pending ignores are approved automatically." })
          ),
          reasonRequired: Type.Optional(
            Type.Boolean({ description: "A reason is required when creating ignores." })
          )
        },
        { ...strict3, description: "Ignore policy of the org (v1 org settings `ignores`)." }
      )
    )
  },
  {
    ...strict3,
    description: "v1 org settings. Only the keys listed here are managed; other live settings are left alone."
  }
);
var GroupSettingsSchema = Type.Object(
  {
    sessionLength: Type.Optional(
      Type.Union([Type.Integer({ minimum: 1, maximum: 43200 }), Type.Null()], {
        description: "Session length in minutes (1..43200, i.e. up to 30 days); null inherits the global default."
      })
    ),
    requestAccess: Type.Optional(
      Type.Object(
        {
          enabled: Type.Boolean({
            description: "Whether users may request access to orgs of the group they are not members of."
          })
        },
        { ...strict3, description: "Access requests to the orgs of the group." }
      )
    )
  },
  {
    ...strict3,
    description: "v1 group settings. Only the keys listed here are managed."
  }
);
var TAG_VALUE_PATTERN = "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$";
var TagSchema = Type.Object(
  {
    key: Type.String({
      pattern: "^[A-Za-z0-9_-]{1,30}$",
      description: "Tag key: letters, digits, `-` and `_`, at most 30 characters."
    }),
    value: Type.String({
      pattern: TAG_VALUE_PATTERN,
      description: "Tag value: letters, digits and `_ . ~ : / ? # @ & + = % -` (as in `acme/api@1.2:prod`), at most 256 characters."
    })
  },
  { ...strict3, description: "A group tag (key and value)." }
);
var PruneSchema = Type.Object(
  {
    groupMembers: Type.Optional(
      Type.Boolean({
        default: true,
        description: "Delete group memberships the file does not list (default true)."
      })
    ),
    orgMembers: Type.Optional(
      Type.Boolean({
        default: true,
        description: "Delete org memberships the file does not list (default true)."
      })
    ),
    tenantMembers: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Delete tenant memberships the file does not list (default false)."
      })
    ),
    groupTags: Type.Optional(
      Type.Union([Type.Boolean(), Type.Literal("force")], {
        default: false,
        description: "Delete group tags the file does not list (default false); `force` also removes them from the projects that carry them."
      })
    ),
    orgs: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Delete orgs the file does not list (default false: deleting an org destroys its projects and history)."
      })
    ),
    webhooks: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Delete the webhooks the file does not list, in orgs that list `webhooks` (default false)."
      })
    ),
    imports: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Delete the targets (and their projects) that the file no longer lists, in orgs that list `imports`, of the integrations they name (default false)."
      })
    ),
    serviceAccounts: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Delete the service accounts the file does not list, in the group or orgs that list `serviceAccounts` (default false)."
      })
    ),
    projectTags: Type.Optional(
      Type.Boolean({
        default: false,
        description: "Remove the tags of a matched project that no matching rule lists (default false: a matched project's unlisted tag keys stay; unmatched projects are never touched)."
      })
    ),
    ignores: Type.Optional(
      Type.Boolean({
        default: true,
        description: "Delete the ignores this tool created (its prefix, by the token\u2019s user) that no `ignores` rule lists any more, on the projects of the orgs the rules cover (default true). Other ignores are never touched."
      })
    )
  },
  { ...strict3, description: "Which live objects that the file does not list are deleted." }
);
var DEFAULT_PRUNE = Object.fromEntries(
  Object.entries(PruneSchema.properties).map(([key, schema]) => [
    key,
    schema.default
  ])
);

// src/core/org-settings-parts.ts
var SastSettingsSchema = Type.Object(
  { enabled: Type.Optional(Type.Boolean({ description: "Snyk Code (SAST) tests the projects of this org." })) },
  { additionalProperties: false, description: "Snyk Code of the org (REST `/orgs/{org_id}/settings/sast`)." }
);
var OrgIacSettingsSchema = Type.Object(
  {
    customRules: Type.Optional(
      Type.Object(
        {
          ...IAC_CUSTOM_RULES,
          inheritFromParent: Type.Optional(
            Type.Literal("group", { description: "Use the group's custom rules instead of the org's own." })
          )
        },
        { additionalProperties: false, description: "IaC custom rules of the org." }
      )
    )
  },
  {
    additionalProperties: false,
    description: "IaC settings of the org (REST `/orgs/{org_id}/settings/iac`)."
  }
);
var ORG_SETTINGS_PARTS = {
  settings: settingsPart(OrgSettingsSchema),
  sast: restSettingsPart(SastSettingsSchema, {
    template: "/orgs/{org_id}/settings/sast",
    type: "sast_settings",
    write: "PATCH",
    writeId: true,
    renames: { enabled: "sast_enabled" },
    releases: { read: ["2023-06-22"], write: ["2023-08-24~experimental", "2023-09-11"] }
  }),
  iac: restSettingsPart(OrgIacSettingsSchema, {
    template: "/orgs/{org_id}/settings/iac",
    type: "iac_settings",
    write: "PATCH",
    releases: { read: ["2021-12-09"], write: ["2021-12-09"] }
  }),
  notifications: settingsPart(NotificationsSchema)
};
var ORG_SETTINGS_PART_NAMES = Object.keys(ORG_SETTINGS_PARTS);
function settingsPartProperties() {
  return partProperties(ORG_SETTINGS_PARTS);
}
function everySettingsPart() {
  return emptyParts(ORG_SETTINGS_PARTS);
}
function mergeSettingsPart(base, own) {
  const result = { ...base };
  for (const [key, value] of Object.entries(own ?? {})) {
    const prior = result[key];
    result[key] = prior !== null && typeof prior === "object" && value !== null && typeof value === "object" ? { ...prior, ...value } : value;
  }
  return result;
}

// src/core/addresses.ts
var ORG_SCOPE = /^org\[([^\]]+)\]/;
var STEP = /^([^[]*)(?:\[(.*)\])?$/s;
var Address = class _Address {
  constructor(text) {
    this.text = text;
  }
  text;
  static #made = /* @__PURE__ */ new Map();
  /**
   * The address of a text (or of a `--target` glob, which has the same shape). Any text parses:
   * what is neither `org[\u2026]` nor `tenant\u2026` is in the group, as group-level parts
   * (`group.member[\u2026]`, `roles.org`) are.
   */
  static of(text) {
    let address = _Address.#made.get(text);
    if (address === void 0) {
      address = new _Address(text);
      _Address.#made.set(text, address);
    }
    return address;
  }
  #parsed;
  /** The group, the tenant, or the org the address is in. */
  get scope() {
    this.#parsed ??= parse(this.text);
    return this.#parsed.scope;
  }
  /** The steps inside the scope. */
  get steps() {
    this.#parsed ??= parse(this.text);
    return this.#parsed.steps;
  }
  /** The address one step inside this one: `org[payments]` \u2192 `org[payments].member[bob@acme.com]`. */
  at(name, key) {
    return _Address.of(`${this.text}.${key === void 0 ? name : `${name}[${key}]`}`);
  }
  /** The slug of the org the address is in, if it is in one. */
  get slug() {
    return this.scope.kind === "org" ? this.scope.slug : void 0;
  }
  toString() {
    return this.text;
  }
  toJSON() {
    return this.text;
  }
};
function orgAddress(slug) {
  return Address.of(`org[${slug}]`);
}
var GROUP = Address.of("group");
var TENANT = Address.of("tenant");
function integrationAddress(slug, type) {
  return orgAddress(slug).at("integration", type);
}
function webhookAddress(slug, url) {
  return orgAddress(slug).at("webhook", url);
}
function importAddress(slug, integrationType, repo) {
  return orgAddress(slug).at("import", `${integrationType}:${repo}`);
}
function groupServiceAccountAddress(name) {
  return GROUP.at("service_account", name);
}
function orgServiceAccountAddress(slug, name) {
  return orgAddress(slug).at("service_account", name);
}
function orgMemberAddress(slug, label) {
  return orgAddress(slug).at("member", label);
}
function groupMemberAddress(label) {
  return GROUP.at("member", label);
}
function tenantMemberAddress(label) {
  return TENANT.at("member", label);
}
function labelUser(user) {
  return user.email?.toLowerCase() ?? user.username ?? user.id;
}
function labelUserRef(ref) {
  return ref.includes("@") ? ref.toLowerCase() : ref;
}
function splitSegments(text) {
  const out = [];
  let current = "";
  let depth = 0;
  for (const char of text) {
    if (char === "[") depth++;
    if (char === "]") depth--;
    if (char === "." && depth === 0) {
      out.push(current);
      current = "";
    } else current += char;
  }
  out.push(current);
  return out;
}
function stepOf(segment) {
  const match = STEP.exec(segment);
  const name = match?.[1] ?? segment;
  return match?.[2] === void 0 ? { name } : { name, key: match[2] };
}
function parse(text) {
  const org = ORG_SCOPE.exec(text);
  if (org !== null) {
    const rest2 = text.slice(org[0].length);
    const steps2 = rest2.startsWith(".") ? splitSegments(rest2.slice(1)).map(stepOf) : [];
    return { scope: { kind: "org", slug: org[1] }, steps: steps2 };
  }
  const [head = "", ...rest] = splitSegments(text);
  const kind = head === "tenant" ? "tenant" : "group";
  const steps = kind === "group" && head !== "group" ? [head, ...rest] : rest;
  return { scope: { kind }, steps: steps.map(stepOf) };
}
function scopeText(scope) {
  return scope.kind === "org" ? `org[${scope.slug}]` : scope.kind;
}
function scopeSortKey(scope) {
  return scope.kind === "org" ? `2:${scope.slug}` : scope.kind === "tenant" ? "1:tenant" : "0:group";
}
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
function compareAddresses(a, b) {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

// src/core/target-address.ts
var MAX_ADDRESS_LENGTH = 2048;
function shownAddress(text) {
  return text.length > 80 ? `${inertText(text.slice(0, 60))}\u2026` : inertText(text);
}
function addressInputProblem(flag2, text) {
  if (text.length <= MAX_ADDRESS_LENGTH) return void 0;
  return `${flag2} '${shownAddress(text)}' is ${text.length.toLocaleString("en-US")} characters long; an address has at most ${MAX_ADDRESS_LENGTH.toLocaleString("en-US")}`;
}
var SEGMENT = /^([a-z_]+)(?:\[([^\]]+)\])?$/;
var TOP = /* @__PURE__ */ new Set(["org", "group", "tenant", "user"]);
function escapeRegex(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
function globSource(glob) {
  let out = "";
  let inBracket = false;
  for (const char of glob) {
    if (char === "[") inBracket = true;
    if (char === "]") inBracket = false;
    if (char === "*") out += inBracket ? "[^\\]]*" : "[^.\\[\\]]*";
    else out += escapeRegex(char);
  }
  return out;
}
var EXAMPLES = "org[payments], 'org[payments*]', org[payments].member[bob@acme.com], group.member[alice@acme.com], tenant, 'user[alice@acme.com]'";
function parseTarget(text) {
  const tooLong = addressInputProblem("--target", text);
  if (tooLong !== void 0) return tooLong;
  const shown = shownAddress(text);
  const trimmed = text.trim();
  const segments = splitSegments(trimmed);
  const parsed = segments.map((segment) => SEGMENT.exec(segment));
  const first = parsed[0];
  if (trimmed === "" || parsed.some((m) => m === null) || first === null || first === void 0) {
    return `--target '${shown}' is not an address; expected one such as ${EXAMPLES}`;
  }
  const kind = first[1];
  if (!TOP.has(kind))
    return `--target '${shown}' starts with '${inertText(first[1] ?? "")}'; an address starts with org[\u2026], group, tenant or user[\u2026] (${EXAMPLES})`;
  if ((kind === "org" || kind === "user") && first[2] === void 0) {
    return `--target '${shown}': ${kind} needs a name in brackets, e.g. ${kind === "org" ? "org[payments]" : "user[alice@acme.com]"}`;
  }
  if (kind === "user" && (segments.length > 1 || first[2].includes("*"))) {
    return `--target '${shown}': a user target names one person, e.g. user[alice@acme.com]`;
  }
  const whole = new RegExp(`^${globSource(trimmed)}(?:\\..*)?$`, "i");
  const orgGlob = kind === "org" ? new RegExp(`^${globSource(first[2])}$`, "i") : void 0;
  return {
    text: trimmed,
    kind,
    matches: (address) => whole.test(address.text),
    selectsOrg: (slug) => orgGlob?.test(slug) === true,
    ...kind === "user" ? { user: first[2] } : {}
  };
}
function parseTargets(texts) {
  const targets = [];
  for (const text of texts) {
    const target = parseTarget(text);
    if (typeof target === "string") return { ok: false, message: target };
    targets.push(target);
  }
  const users = targets.filter((t) => t.kind === "user");
  if (users.length > 0 && targets.length > 1) {
    return {
      ok: false,
      message: `--target '${shownAddress(users[0].text)}' plans one person's memberships and cannot be combined with other targets; run one plan per target`
    };
  }
  return { ok: true, targets };
}
function scopeTarget(address) {
  return {
    text: address.text,
    kind: address.scope.kind,
    matches: (other) => other === address || other.text.startsWith(`${address.text}.`),
    selectsOrg: (other) => other === address.slug
  };
}
function touchedScopes(changes) {
  const scopes = /* @__PURE__ */ new Set();
  for (const { address } of changes) {
    scopes.add(address.slug === void 0 ? address : orgAddress(address.slug));
  }
  return [...scopes].map(scopeTarget);
}

// src/snyk/api-error.ts
var SnykApiError = class extends GitopsError {
  method;
  pathTemplate;
  status;
  detail;
  requestId;
  mayHaveApplied;
  retries;
  constructor(message, details) {
    super(message, { code: details.code, cause: details.cause });
    this.method = details.method;
    this.pathTemplate = details.pathTemplate;
    this.status = details.status;
    this.detail = details.detail;
    this.requestId = details.requestId;
    this.mayHaveApplied = details.mayHaveApplied ?? false;
    this.retries = details.retries ?? 0;
  }
};
function codeForStatus(status) {
  if (status === 401) return "SNYK_UNAUTHORIZED";
  if (status === 403) return "SNYK_FORBIDDEN";
  if (status === 404) return "SNYK_NOT_FOUND";
  if (status === 409) return "SNYK_CONFLICT";
  if (status === 410) return "SNYK_GONE";
  if (status === 429) return "SNYK_RATE_LIMITED";
  if (status >= 500) return "SNYK_SERVER_ERROR";
  if (status >= 400) return "SNYK_BAD_REQUEST";
  return "SNYK_BAD_RESPONSE";
}
function extractErrorDetail(body) {
  if (typeof body !== "object" || body === null) return {};
  const record = body;
  const result = {};
  if (Array.isArray(record.errors)) {
    const details = record.errors.map((e) => {
      if (typeof e !== "object" || e === null) return void 0;
      const { detail, details: details2, title } = e;
      if (typeof detail === "string" && detail !== "") return detail;
      if (typeof details2 === "string" && details2 !== "") return details2;
      return typeof title === "string" ? title : void 0;
    }).filter((d) => d !== void 0);
    if (details.length > 0) result.detail = details.join("; ");
  } else if (typeof record.message === "string") {
    result.detail = record.message;
  } else if (typeof record.error === "string") {
    result.detail = record.error;
  }
  if (typeof record.errorRef === "string") result.errorRef = record.errorRef;
  return result;
}
function clip(text, max = 300) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
function extendError(error, extra, more) {
  const { prefix = "", ...known } = more;
  return new SnykApiError(prefix + error.message + extra, {
    code: error.code,
    method: error.method,
    pathTemplate: error.pathTemplate,
    ...error.status !== void 0 && { status: error.status },
    ...error.detail !== void 0 && { detail: error.detail },
    ...error.requestId !== void 0 && { requestId: error.requestId },
    ...error.cause !== void 0 && { cause: error.cause },
    mayHaveApplied: error.mayHaveApplied,
    retries: error.retries,
    ...known
  });
}

// src/util/token-text.ts
function tokenProblem(token) {
  for (const [index, char] of [...token].entries()) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 32 || code === 127 || code >= 128 && code <= 159) {
      return `contains a control character (U+${code.toString(16).padStart(4, "0").toUpperCase()} at position ${index + 1}): expected the token as Snyk shows it, on one line`;
    }
    if (code > 126) {
      return `contains a non-ASCII character at position ${index + 1}: expected the token as Snyk shows it`;
    }
  }
  return void 0;
}

// src/engine/oauth-env.ts
import { readFileSync } from "node:fs";

// src/snyk/authorizer.ts
function createStaticAuthorizer(header) {
  return { header: async () => header, renew: async () => false };
}
function renewalMarginMs(expiresInMs) {
  return Math.min(6e4, expiresInMs / 4);
}
function createOAuthAuthorizer(setup2) {
  let current;
  let inFlight;
  let failure;
  const fetchHeader = () => {
    if (failure !== void 0) return Promise.reject(failure);
    inFlight ??= (async () => {
      const asked = setup2.now();
      try {
        const token = await setup2.fetchToken();
        setup2.onToken(token.accessToken);
        const lifeMs = token.expiresInSeconds === void 0 ? void 0 : token.expiresInSeconds * 1e3;
        const renewAt = lifeMs === void 0 ? Number.POSITIVE_INFINITY : asked + lifeMs - renewalMarginMs(lifeMs);
        current = { header: `Bearer ${token.accessToken}`, renewAt };
        return current.header;
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        inFlight = void 0;
      }
    })();
    return inFlight;
  };
  return {
    header: () => {
      if (failure !== void 0) return Promise.reject(failure);
      if (current !== void 0 && setup2.now() < current.renewAt) return Promise.resolve(current.header);
      return fetchHeader();
    },
    renew: async (used) => {
      if (inFlight !== void 0) {
        await inFlight;
        return true;
      }
      if (current !== void 0 && current.header !== used) return true;
      current = void 0;
      await fetchHeader();
      return true;
    }
  };
}

// src/snyk/client-assertion.ts
import { createPrivateKey, randomUUID, sign } from "node:crypto";
var LIFETIME_SECONDS = 300;
function readSigningKey(pem, keyId) {
  let key;
  try {
    key = createPrivateKey(pem);
  } catch {
    return "is not an unencrypted PEM private key (expected -----BEGIN PRIVATE KEY-----, RSA or EC P-256)";
  }
  if (key.asymmetricKeyType === "rsa") return { key, alg: "RS256", keyId };
  if (key.asymmetricKeyType === "ec" && key.asymmetricKeyDetails?.namedCurve === "prime256v1") {
    return { key, alg: "ES256", keyId };
  }
  const kind = key.asymmetricKeyType === "ec" ? `EC ${key.asymmetricKeyDetails?.namedCurve}` : key.asymmetricKeyType;
  return `is an ${kind ?? "unknown"} key: Snyk takes RSA (RS256) or EC P-256 (ES256) keys`;
}
function signClientAssertion(input) {
  const { alg, key, keyId } = input.signingKey;
  const iat = Math.floor(input.nowMs / 1e3);
  const header = { alg, typ: "JWT", kid: keyId };
  const claims = {
    iss: input.clientId,
    sub: input.clientId,
    aud: input.tokenUrl,
    iat,
    exp: iat + LIFETIME_SECONDS,
    // A fresh nonce per assertion: the endpoint may refuse a replayed one.
    jti: randomUUID()
  };
  const signed = `${encode(header)}.${encode(claims)}`;
  const signature = sign(
    "sha256",
    Buffer.from(signed),
    alg === "ES256" ? { key, dsaEncoding: "ieee-p1363" } : key
  );
  return `${signed}.${signature.toString("base64url")}`;
}
function encode(value) {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

// src/snyk/http-attempt.ts
var NOT_SENT = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT"
]);
async function sendAttempt(input) {
  if (input.signal?.aborted) {
    return { kind: "failure", reason: "network", phase: "headers", sent: false, errorCode: "ABORTED" };
  }
  const controller = new AbortController();
  let phase = "headers";
  let timedOut = false;
  const arm = (ms) => setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  let timer = arm(input.headersMs);
  const onAbort = () => controller.abort();
  input.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const res = await input.dispatcher.request({
      origin: input.url.origin,
      path: `${input.url.pathname}${input.url.search}`,
      method: input.method,
      headers: input.headers,
      body: input.body ?? null,
      signal: controller.signal,
      headersTimeout: input.headersMs,
      bodyTimeout: input.bodyMs
    });
    clearTimeout(timer);
    phase = "body";
    timer = arm(input.bodyMs);
    const declared = Number(res.headers["content-length"]);
    if (Number.isFinite(declared) && declared > input.maxBodyBytes) {
      res.body.destroy();
      return { kind: "failure", reason: "too-large", phase, sent: true, errorCode: "TOO_LARGE" };
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
      const buffer = chunk;
      size += buffer.length;
      if (size > input.maxBodyBytes) {
        res.body.destroy();
        return { kind: "failure", reason: "too-large", phase, sent: true, errorCode: "TOO_LARGE" };
      }
      chunks.push(buffer);
    }
    return {
      kind: "response",
      status: res.statusCode,
      headers: res.headers,
      text: Buffer.concat(chunks).toString("utf8")
    };
  } catch (error) {
    if (input.signal?.aborted && !timedOut) {
      return { kind: "failure", reason: "network", phase, sent: true, errorCode: "ABORTED" };
    }
    const errorCode = codeOf(error);
    if (timedOut || errorCode === "UND_ERR_HEADERS_TIMEOUT" || errorCode === "UND_ERR_BODY_TIMEOUT") {
      return { kind: "failure", reason: "timeout", phase, sent: true, errorCode: "TIMEOUT", cause: error };
    }
    const proxyStatus = refusedTunnel(error);
    if (proxyStatus !== void 0) {
      return {
        kind: "failure",
        reason: "proxy",
        phase,
        sent: false,
        errorCode: `PROXY_${proxyStatus}`,
        proxyStatus
      };
    }
    const sent = phase === "body" || !NOT_SENT.has(errorCode);
    return { kind: "failure", reason: "network", phase, sent, errorCode, cause: error };
  } finally {
    clearTimeout(timer);
    input.signal?.removeEventListener("abort", onAbort);
  }
}
function refusedTunnel(error) {
  const message = error instanceof Error ? error.message : "";
  const match = /^Proxy response \((\d{3})\) !== 200 when HTTP Tunneling/.exec(message);
  return match ? Number(match[1]) : void 0;
}
function codeOf(error) {
  if (typeof error !== "object" || error === null) return "UNKNOWN";
  const { code, errors } = error;
  if (typeof code === "string") return code;
  if (Array.isArray(errors) && errors.length > 0) return codeOf(errors[0]);
  return "UNKNOWN";
}

// src/snyk/retry-policy.ts
var DEFAULT_RETRY = {
  maxRetries: 5,
  // Snyk's REST rate limit window is one minute: leave room to wait one out.
  maxElapsedMs: 12e4,
  baseDelayMs: 500,
  maxDelayMs: 2e4,
  // Snyk's REST reads lag its v1 org create (REALITY.md \u00a74); a minute covers what was seen in
  // practice without stalling a run for the 10 minutes a Terraform provider allows.
  newOrgGraceMs: 6e4
};
function parseRetryAfter(value, nowMs) {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === void 0) return void 0;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  if (!/[a-z]/i.test(text)) return void 0;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, date - nowMs);
}
function backoffDelay(retryIndex, settings, random) {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** retryIndex);
  return Math.max(1, Math.round(ceiling * random()));
}
var FAIL = { kind: "fail", mayHaveApplied: false, fatal: false };
function classifyOutcome(outcome, method, context) {
  if (outcome.kind === "response") {
    const { status } = outcome;
    if (status >= 200 && status < 300) return { kind: "done" };
    if (status === 429) return { kind: "retry", wait: "rate-limit" };
    if (status === 401) return { kind: "fail", mayHaveApplied: false, fatal: true };
    if (status === 404 && context.namesCreatedOrg) return { kind: "retry", wait: "not-yet-visible" };
    if (status >= 500) {
      return method === "POST" ? { kind: "fail", mayHaveApplied: true, fatal: false } : { kind: "retry", wait: "backoff" };
    }
    return FAIL;
  }
  if (outcome.reason === "too-large") return FAIL;
  if (outcome.reason === "proxy") {
    return (outcome.proxyStatus ?? 0) >= 500 ? { kind: "retry", wait: "backoff" } : { kind: "fail", mayHaveApplied: false, fatal: true };
  }
  if (outcome.errorCode === "ENOTFOUND") return FAIL;
  if (outcome.errorCode === "ECONNREFUSED" && context.serverAnswered !== true) {
    return { kind: "fail", mayHaveApplied: false, fatal: true };
  }
  if (method === "POST" && outcome.sent) return { kind: "fail", mayHaveApplied: true, fatal: false };
  return { kind: "retry", wait: "backoff" };
}

// src/snyk/timers.ts
var MAX_TIMER_MS = 2147483647;
function clampTimerMs(ms) {
  if (!Number.isFinite(ms) || ms <= 0) return ms === Number.POSITIVE_INFINITY ? MAX_TIMER_MS : 0;
  return Math.min(ms, MAX_TIMER_MS);
}
var realSleep = (ms, signal) => new Promise((resolve) => {
  if (signal?.aborted) return resolve();
  const done = () => {
    clearTimeout(timer);
    signal?.removeEventListener("abort", done);
    resolve();
  };
  const timer = setTimeout(done, clampTimerMs(ms));
  signal?.addEventListener("abort", done, { once: true });
});
function pause(sleep, ms, signal) {
  if (signal.aborted) return Promise.resolve();
  let onAbort = () => {
  };
  const aborted = new Promise((resolve) => {
    onAbort = resolve;
    signal.addEventListener("abort", onAbort, { once: true });
  });
  return Promise.race([sleep(clampTimerMs(ms), signal), aborted]).finally(
    () => signal.removeEventListener("abort", onAbort)
  );
}

// src/snyk/oauth-token-request.ts
var OAuthError = class extends GitopsError {
  constructor(message, code) {
    super(message, { code });
  }
};
var ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
var MAX_TOKEN_BODY_BYTES = 64 * 1024;
async function requestAccessToken(setup2) {
  for (let retry = 0; ; retry++) {
    const started = setup2.now();
    const outcome = await sendAttempt({
      url: setup2.tokenUrl,
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
        "user-agent": "snyk-gitops"
      },
      // A new assertion per attempt: its nonce must not be replayed.
      body: formBody(setup2),
      dispatcher: setup2.dispatcher,
      headersMs: setup2.headersMs,
      bodyMs: setup2.bodyMs,
      maxBodyBytes: MAX_TOKEN_BODY_BYTES,
      signal: setup2.signal
    });
    const status = outcome.kind === "response" ? String(outcome.status) : outcome.errorCode;
    setup2.log?.(`POST /oauth2/token ${status} ${Math.round(setup2.now() - started)}ms retries=${retry}`);
    if (outcome.kind === "response" && outcome.status >= 200 && outcome.status < 300) {
      return readIssuedToken(setup2, outcome.text);
    }
    if (!isPassing(outcome) || retry >= setup2.retry.maxRetries || setup2.signal.aborted) {
      throw errorFor(setup2, outcome, retry);
    }
    const asked = outcome.kind === "response" ? parseRetryAfter(outcome.headers["retry-after"], setup2.now()) : void 0;
    const waitMs = Math.min(asked ?? backoffDelay(retry, setup2.retry, setup2.random), setup2.retry.maxDelayMs);
    await pause(setup2.sleep, waitMs, setup2.signal);
  }
}
function credentialVariables(credential) {
  return credential.kind === "client_secret" ? "SNYK_OAUTH_CLIENT_ID and SNYK_OAUTH_CLIENT_SECRET" : "SNYK_OAUTH_CLIENT_ID, SNYK_OAUTH_KEY_ID and the private key (SNYK_OAUTH_PRIVATE_KEY or SNYK_OAUTH_PRIVATE_KEY_FILE)";
}
function formBody(setup2) {
  const form = new URLSearchParams({ grant_type: "client_credentials", client_id: setup2.clientId });
  if (setup2.credential.kind === "client_secret") {
    form.set("client_secret", setup2.credential.secret);
  } else {
    form.set("client_assertion_type", ASSERTION_TYPE);
    form.set(
      "client_assertion",
      signClientAssertion({
        clientId: setup2.clientId,
        tokenUrl: setup2.tokenUrl.href,
        signingKey: setup2.credential.signingKey,
        nowMs: setup2.now()
      })
    );
  }
  return form.toString();
}
function isPassing(outcome) {
  if (outcome.kind === "failure") return outcome.reason === "network" || outcome.reason === "timeout";
  return outcome.status === 429 || outcome.status >= 500;
}
function readIssuedToken(setup2, text) {
  const body = parseObject(text);
  const accessToken = body?.access_token;
  if (typeof accessToken !== "string" || !/^[\x21-\x7e]+$/.test(accessToken)) {
    throw new OAuthError(
      `${setup2.tokenUrl.href} answered without a usable access_token (expected JSON with access_token and expires_in)`,
      "OAUTH_FAILED"
    );
  }
  const expiresIn = Number(body?.expires_in);
  return {
    accessToken,
    expiresInSeconds: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : void 0
  };
}
function errorFor(setup2, outcome, retries) {
  const where = setup2.tokenUrl.href;
  const check = `check ${credentialVariables(setup2.credential)}`;
  const tries = retries === 0 ? "" : ` (after ${retries} ${retries === 1 ? "retry" : "retries"})`;
  if (outcome.kind === "failure") {
    const what = outcome.reason === "timeout" ? "did not answer in time" : outcome.reason === "too-large" ? "answered with a body too large for a token" : `could not be reached (${outcome.errorCode})`;
    return new OAuthError(`no OAuth access token: ${where} ${what}${tries}`, "OAUTH_FAILED");
  }
  const { status } = outcome;
  if (status >= 300 && status < 400) {
    return new OAuthError(
      `no OAuth access token: ${where} redirected (${status}), which is not followed so the credentials go nowhere else: check --api-url/SNYK_API_URL (e.g. https://api.eu.snyk.io)`,
      "OAUTH_FAILED"
    );
  }
  const said = oauthErrorOf(setup2, outcome.text);
  if (status >= 400 && status < 500 && status !== 429) {
    return new OAuthError(
      `Snyk's token endpoint ${where} refused the OAuth client (${status}${said}): ${check} (an account of the region of --api-url/SNYK_API_URL, a secret or key not rotated away)`,
      "OAUTH_REFUSED"
    );
  }
  return new OAuthError(`no OAuth access token: ${where} answered ${status}${said}${tries}`, "OAUTH_FAILED");
}
function oauthErrorOf(setup2, text) {
  const body = parseObject(text);
  const code = typeof body?.error === "string" && /^[a-z_]{1,40}$/.test(body.error) ? body.error : void 0;
  const description = typeof body?.error_description === "string" ? clip(setup2.redact(body.error_description).replace(/[\u0000-\u001f\u007f-\u009f]/g, " "), 200) : void 0;
  if (code === void 0 && description === void 0) return "";
  return `: ${[code, description === void 0 ? void 0 : `"${description}"`].filter(Boolean).join(", ")}`;
}
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/snyk/auth-setup.ts
function tokenUrlFor(apiUrl) {
  return new URL(`${apiUrl.replace(/\/+$/, "")}/oauth2/token`);
}
function setUpAuth(auth, deps) {
  if (auth.scheme !== "oauth-client") {
    const tokenVariable = auth.scheme === "bearer" ? "SNYK_OAUTH_TOKEN" : "SNYK_TOKEN";
    checkToken(auth.token, tokenVariable);
    const header = `${auth.scheme === "bearer" ? "Bearer" : "token"} ${auth.token}`;
    return { authorizer: createStaticAuthorizer(header), tokenVariable, redact: redactorOf([auth.token]) };
  }
  checkToken(auth.clientId, "SNYK_OAUTH_CLIENT_ID");
  const credential = credentialOf(auth.credential);
  const secret = auth.credential.kind === "client_secret" ? auth.credential.secret : auth.credential.privateKey;
  const redactSecrets = redactorOf([secret]);
  const tokenUrl = tokenUrlFor(deps.apiUrl);
  const authorizer = createOAuthAuthorizer({
    now: deps.now,
    onToken: (accessToken) => addSecrets([accessToken]),
    fetchToken: () => requestAccessToken({ ...deps, tokenUrl, clientId: auth.clientId, credential, redact: redactSecrets })
  });
  return { authorizer, tokenVariable: "SNYK_OAUTH_CLIENT_ID (its access token)", redact: redactSecrets };
}
function redactorOf(secrets) {
  return (text) => redact(text, secrets);
}
function credentialOf(credential) {
  if (credential.kind === "client_secret") {
    if (credential.secret === "")
      throw new SnykSetupError("SNYK_OAUTH_CLIENT_SECRET is empty", "SNYK_BAD_TOKEN");
    return credential;
  }
  const signingKey = readSigningKey(credential.privateKey, credential.keyId);
  if (typeof signingKey === "string")
    throw new SnykSetupError(`the OAuth private key ${signingKey}`, "SNYK_BAD_TOKEN");
  return { kind: "private_key_jwt", signingKey };
}

// src/engine/oauth-env.ts
var SIGN_INS = ["SNYK_TOKEN", "SNYK_OAUTH_TOKEN", "SNYK_OAUTH_CLIENT_ID"];
var CREDENTIALS = [
  "SNYK_OAUTH_CLIENT_SECRET",
  "SNYK_OAUTH_PRIVATE_KEY",
  "SNYK_OAUTH_PRIVATE_KEY_FILE"
];
function setup(message) {
  return new GitopsError(message, { code: "OAUTH_SETUP" });
}
function readSignIn(env, readText = (path) => readFileSync(path, "utf8")) {
  const value = (name) => env[name]?.trim() || void 0;
  for (const name of [
    "SNYK_TOKEN",
    "SNYK_OAUTH_TOKEN",
    "SNYK_OAUTH_CLIENT_ID",
    "SNYK_OAUTH_CLIENT_SECRET",
    "SNYK_OAUTH_KEY_ID"
  ]) {
    const text = value(name);
    const problem2 = text === void 0 ? void 0 : tokenProblem(text);
    if (problem2) throw new GitopsError(`${name} ${problem2}`, { code: "TOKEN_INVALID" });
  }
  const set = SIGN_INS.filter((name) => value(name) !== void 0);
  if (set.length > 1) {
    throw new GitopsError(
      `${set.join(" and ")} are all set: keep the one to sign in with (they may be different accounts with different rights)`,
      { code: "AUTH_AMBIGUOUS" }
    );
  }
  const token = value("SNYK_TOKEN");
  if (token !== void 0) return { scheme: "token", token };
  const oauth = value("SNYK_OAUTH_TOKEN");
  if (oauth !== void 0) return { scheme: "bearer", token: oauth };
  const clientId = value("SNYK_OAUTH_CLIENT_ID");
  const credentials = CREDENTIALS.filter((name) => value(name) !== void 0);
  if (clientId === void 0) {
    const orphan = [
      ...credentials,
      ...value("SNYK_OAUTH_KEY_ID") === void 0 ? [] : ["SNYK_OAUTH_KEY_ID"]
    ][0];
    if (orphan !== void 0)
      throw setup(`${orphan} is set without SNYK_OAUTH_CLIENT_ID: set the service account's client id too`);
    return void 0;
  }
  if (credentials.length !== 1) {
    throw setup(
      credentials.length === 0 ? "SNYK_OAUTH_CLIENT_ID is set without its credential: set SNYK_OAUTH_CLIENT_SECRET (an oauth_client_secret account) or SNYK_OAUTH_PRIVATE_KEY or SNYK_OAUTH_PRIVATE_KEY_FILE with SNYK_OAUTH_KEY_ID (an oauth_private_key_jwt account)" : `${credentials.join(" and ")} are all set: keep the one credential of the service account`
    );
  }
  const keyId = value("SNYK_OAUTH_KEY_ID");
  const secret = value("SNYK_OAUTH_CLIENT_SECRET");
  if (secret !== void 0) {
    if (keyId !== void 0)
      throw setup("SNYK_OAUTH_KEY_ID goes with a private key, not with SNYK_OAUTH_CLIENT_SECRET: unset it");
    return { scheme: "oauth-client", clientId, credential: { kind: "client_secret", secret } };
  }
  const [keyName] = credentials;
  const privateKey = keyName === "SNYK_OAUTH_PRIVATE_KEY" ? value(keyName) ?? "" : readKeyFile(value(keyName) ?? "", readText);
  if (keyId === void 0) {
    throw setup(
      `${keyName} needs SNYK_OAUTH_KEY_ID: the id (kid) of its public key in the service account's JWKS`
    );
  }
  const problem = readSigningKey(privateKey, keyId);
  if (typeof problem === "string") throw setup(`${keyName} ${problem}`);
  return { scheme: "oauth-client", clientId, credential: { kind: "private_key_jwt", privateKey, keyId } };
}
function readKeyFile(path, readText) {
  let text;
  try {
    text = readText(path);
  } catch (error) {
    const code = error.code;
    throw setup(
      `SNYK_OAUTH_PRIVATE_KEY_FILE ${JSON.stringify(path)} cannot be read${typeof code === "string" ? ` (${code})` : ""}`
    );
  }
  addSecrets([text.trim()]);
  return text;
}
function describeSignIn(auth, apiUrl) {
  const how = auth.credential.kind === "client_secret" ? "its client secret" : "a client assertion signed with its private key (kid from SNYK_OAUTH_KEY_ID)";
  return `signing in as the OAuth client of SNYK_OAUTH_CLIENT_ID with ${how}; access tokens from ${tokenUrlFor(apiUrl).href}, renewed before they expire`;
}

// src/engine/api-settings.ts
var DEFAULT_API_URL = "https://api.snyk.io";
var DEFAULT_REST_VERSION = "2024-10-15";
var DEFAULT_CONCURRENCY = 8;
var REST_VERSION = /^\d{4}-\d{2}-\d{2}(~(beta|experimental))?$/;
var DEFAULT_RATE_LIMIT = { rest: 1620, v1: 2e3, windowMs: 6e4 };
var FLAG_NAMES = {
  apiUrl: "--api-url",
  restVersion: "--rest-version",
  concurrency: "--concurrency",
  rateLimit: "--rate-limit",
  httpTimeoutMs: "SNYK_GITOPS_HTTP_TIMEOUT_MS"
};
var RATE_LIMIT = /^(\d+)(?:,(\d+))?(?:\/(\d+)s)?$/;
function parseRateLimit(raw, name = FLAG_NAMES.rateLimit) {
  const match = RATE_LIMIT.exec(raw.trim());
  const rest = Number(match?.[1]);
  const v1 = match?.[2] === void 0 ? rest === 0 ? 0 : DEFAULT_RATE_LIMIT.v1 : Number(match[2]);
  const seconds = match?.[3] === void 0 ? 60 : Number(match[3]);
  if (!match || rest > 1e6 || v1 > 1e6 || seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `${name} '${raw}' is not a rate limit (expected REST[,V1][/SECONDSs] requests per window, e.g. 1620,2000/60s, or 0 for no pacing)`
    );
  }
  return { rest, v1, windowMs: seconds * 1e3 };
}
function parseApiUrl(raw, name) {
  const apiUrl = raw.replace(/\/+$/, "");
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new UsageError(`${name} '${apiUrl}' is not a URL (expected e.g. https://api.eu.snyk.io)`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UsageError(`${name} '${apiUrl}' must be an http(s) URL`);
  }
  if (url.username || url.password) {
    throw new UsageError(`${name} must not carry credentials; set SNYK_TOKEN in the environment`);
  }
  const suffix = /\/(rest|v1)$/i.exec(url.pathname)?.[0];
  if (suffix !== void 0) {
    throw new UsageError(
      `${name} '${apiUrl}' ends in ${suffix}: give the base URL (${apiUrl.slice(0, -suffix.length)}); REST calls go to URL/rest/\u2026 and v1 calls to URL/v1/\u2026`
    );
  }
  return apiUrl;
}
function parseInteger(raw, name, min, max, unit) {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new UsageError(`${name} '${raw}' must be an integer${unit} from ${min} to ${max}`);
  }
  return value;
}
function resolveApiSettings(given, env, names = FLAG_NAMES) {
  const urlName = given.apiUrl === void 0 && env.SNYK_API_URL !== void 0 ? "SNYK_API_URL" : names.apiUrl;
  const apiUrl = parseApiUrl(given.apiUrl ?? env.SNYK_API_URL ?? DEFAULT_API_URL, urlName);
  const restVersion = given.restVersion ?? env.SNYK_REST_VERSION ?? DEFAULT_REST_VERSION;
  if (!REST_VERSION.test(restVersion)) {
    throw new UsageError(
      `${names.restVersion} '${restVersion}' is not a REST API version (expected YYYY-MM-DD, optionally ~beta)`
    );
  }
  const rawConcurrency = given.concurrency ?? env.SNYK_GITOPS_CONCURRENCY ?? String(DEFAULT_CONCURRENCY);
  const rawRateLimit = given.rateLimit ?? env.SNYK_GITOPS_RATE_LIMIT;
  const settings = {
    apiUrl,
    restVersion,
    concurrency: parseInteger(rawConcurrency, names.concurrency, 1, 64, ""),
    rateLimit: rawRateLimit === void 0 ? DEFAULT_RATE_LIMIT : parseRateLimit(rawRateLimit, names.rateLimit),
    verbose: given.verbose === true
  };
  const rawTimeout = (given.httpTimeoutMs ?? env.SNYK_GITOPS_HTTP_TIMEOUT_MS)?.trim();
  if (rawTimeout) {
    settings.httpTimeoutMs = parseInteger(
      rawTimeout,
      names.httpTimeoutMs,
      1,
      6e5,
      " number of milliseconds"
    );
  }
  if (env.SNYK_GITOPS_ALLOW_INSECURE_HTTP === "1") settings.allowInsecureHttp = true;
  const proxy = proxyFor(apiUrl, env);
  if (proxy !== void 0) settings.proxy = proxy;
  const auth = readSignIn(env);
  if (auth !== void 0) settings.auth = auth;
  return settings;
}

export {
  IsAsyncIterator2 as IsAsyncIterator,
  IsIterator2 as IsIterator,
  IsStandardObject,
  IsPromise,
  IsDate2 as IsDate,
  IsMap,
  IsSet,
  IsTypedArray,
  IsUint8Array2 as IsUint8Array,
  HasPropertyKey2 as HasPropertyKey,
  IsObject2 as IsObject,
  IsArray2 as IsArray,
  IsUndefined2 as IsUndefined,
  IsNull2 as IsNull,
  IsBoolean2 as IsBoolean,
  IsNumber2 as IsNumber,
  IsInteger,
  IsBigInt2 as IsBigInt,
  IsString2 as IsString,
  IsFunction2 as IsFunction,
  IsSymbol2 as IsSymbol,
  IsValueType,
  TypeSystemPolicy,
  TypeBoxError,
  TransformKind,
  Kind,
  IsTransform,
  IsUndefined3 as IsUndefined2,
  IsKind,
  IsSchema,
  type_exports,
  Never,
  Union,
  IsTemplateLiteralFinite,
  TemplateLiteralGenerate,
  Literal,
  String2 as String,
  IndexFromPropertyKeys,
  Object2 as Object,
  KeyOfPropertyKeys,
  KeyOfPattern,
  Unknown,
  Type,
  restEndpointOf,
  GROUP_SETTINGS_PARTS,
  GROUP_SETTINGS_PART_NAMES,
  groupSettingsPartProperties,
  everyGroupSettingsPart,
  isPlainObject,
  canonicalJson,
  writeCanonicalJson,
  projectOnto,
  mergeDeep,
  toJson,
  INTEGRATION_TYPES,
  IntegrationSettingsSchema,
  IntegrationsSchema,
  Webhooks,
  DEFAULT_EXPIRY_WARNING_DAYS,
  EXPIRES_PATTERN,
  expiryInstant,
  expiryOf,
  isExpired,
  formatInstant,
  expiredNote,
  expiryInstants,
  Uuid,
  MemberSchema,
  Members,
  GroupSettingsSchema,
  TAG_VALUE_PATTERN,
  TagSchema,
  PruneSchema,
  DEFAULT_PRUNE,
  ORG_SETTINGS_PARTS,
  ORG_SETTINGS_PART_NAMES,
  settingsPartProperties,
  everySettingsPart,
  mergeSettingsPart,
  Address,
  orgAddress,
  GROUP,
  TENANT,
  integrationAddress,
  webhookAddress,
  importAddress,
  groupServiceAccountAddress,
  orgServiceAccountAddress,
  orgMemberAddress,
  groupMemberAddress,
  tenantMemberAddress,
  labelUser,
  labelUserRef,
  scopeText,
  scopeSortKey,
  formatPath,
  compareAddresses,
  addressInputProblem,
  parseTargets,
  touchedScopes,
  checkApiUrl,
  SnykApiError,
  codeForStatus,
  extractErrorDetail,
  clip,
  extendError,
  sendAttempt,
  DEFAULT_RETRY,
  parseRetryAfter,
  backoffDelay,
  classifyOutcome,
  realSleep,
  pause,
  setUpAuth,
  tokenProblem,
  describeSignIn,
  proxyFor,
  DEFAULT_RATE_LIMIT,
  resolveApiSettings
};
