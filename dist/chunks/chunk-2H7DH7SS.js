import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  value_exports
} from "./chunk-KIRELRV6.js";
import {
  isPlainObject,
  type_exports
} from "./chunk-WX2GK3PI.js";

// src/core/port/settings-endpoint.ts
var snakeCase = (key) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
function scopeParameter(endpoint) {
  const match = /\{(\w+)\}/.exec(endpoint.template);
  if (match?.[1] === void 0) throw new Error(`${endpoint.template}: no path parameter`);
  return match[1];
}
function attributeOf(endpoint, path, key) {
  return endpoint.renames?.[path] ?? snakeCase(key);
}
var join = (parent, key) => parent === "" ? key : `${parent}.${key}`;
function toAttributes(endpoint, value) {
  const convert = (schema, from, parent) => {
    const out = {};
    for (const [key, property] of Object.entries(schema.properties)) {
      const have = from[key];
      if (have === void 0) continue;
      const path = join(parent, key);
      out[attributeOf(endpoint, path, key)] = type_exports.IsObject(property) && isPlainObject(have) ? convert(property, have, path) : have;
    }
    return out;
  };
  return convert(endpoint.schema, value, "");
}
function fromAttributes(endpoint, attributes, at, options = {}) {
  const problems = [];
  const convert = (schema, from, parent, where) => {
    const out = {};
    if (!isPlainObject(from)) {
      problems.push({ path: where, expected: "an object" });
      return out;
    }
    const known = /* @__PURE__ */ new Set();
    for (const [key, property] of Object.entries(schema.properties)) {
      const path = join(parent, key);
      const name = attributeOf(endpoint, path, key);
      known.add(name);
      const have = from[name];
      if (have === void 0) continue;
      if (type_exports.IsObject(property)) out[key] = convert(property, have, path, `${where}.${name}`);
      else if (value_exports.Check(property, have)) out[key] = have;
      else problems.push({ path: `${where}.${name}`, expected: describe(property) });
    }
    if (options.strict === true) {
      for (const name of Object.keys(from))
        if (!known.has(name)) problems.push({ path: `${where}.${name}`, expected: "no such attribute" });
    }
    return out;
  };
  const value = convert(endpoint.schema, attributes, "", at);
  const problem = problems[0];
  return problem === void 0 ? { value } : { problem };
}
function describe(schema) {
  if (type_exports.IsUnion(schema))
    return `one of ${schema.anyOf.map((s) => JSON.stringify(s.const)).join(", ")}`;
  if (type_exports.IsLiteral(schema)) return `one of ${JSON.stringify(schema.const)}`;
  if (type_exports.IsBoolean(schema)) return "a boolean";
  if (type_exports.IsString(schema)) return schema.minLength ? "a non-empty string" : "a string";
  if (type_exports.IsNumber(schema) || type_exports.IsInteger(schema)) return "a number";
  return "a value the schema accepts";
}

export {
  scopeParameter,
  toAttributes,
  fromAttributes
};
