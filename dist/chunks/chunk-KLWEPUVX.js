import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  didYouMean,
  readConfigFile,
  require_picomatch
} from "./chunk-KRNN6JX7.js";
import {
  DEFAULT_PRUNE,
  GROUP_SETTINGS_PART_NAMES,
  ORG_SETTINGS_PART_NAMES,
  canonicalJson,
  expiryInstant,
  formatInstant,
  mergeSettingsPart
} from "./chunk-WX2GK3PI.js";
import {
  escapeNonAscii,
  invisibleCharacters,
  mixedScripts,
  skeleton
} from "./chunk-GVG4TUQB.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str2) {
      const len = str2.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str2.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str2.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/config/issue.ts
function formatIssue(issue) {
  if (issue.file === void 0) return issue.message;
  const position = issue.line === void 0 ? "" : `:${issue.line}:${issue.column ?? 1}`;
  return `${issue.file}${position}: ${issue.message}`;
}
function compareIssues(a, b) {
  const file = (a.file ?? "").localeCompare(b.file ?? "");
  if (file !== 0) return file;
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function formatPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === "" ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === "" ? "(top level)" : text;
}
function describeValue(value) {
  if (value === null) return "null";
  if (value === void 0) return "nothing";
  if (typeof value === "string") {
    const cut = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${cut}'`;
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}

// src/config/load.ts
import { isUtf8 } from "node:buffer";
import { lstat, realpath, stat } from "node:fs/promises";
import { dirname as dirname2, isAbsolute, relative as relative2, resolve, sep as sep2 } from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject2(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject2;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where2 = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where2 += 'in "' + exception2.mark.name + '" ';
    }
    where2 += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where2 += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where2;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names2 = Object.keys(transaction);
    for (let index = 0, length = names2.length; index < length; index += 1) {
      const name = names2[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names2 = Object.keys(transaction);
    for (let index = names2.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names2[index]];
      if (entry.existed) {
        state.anchorMap[names2[index]] = entry.value;
      } else {
        delete state.anchorMap[names2[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/source.ts
var import_yaml = __toESM(require_dist(), 1);

// src/util/string-pool.ts
var SLICE_MIN_LENGTH = 13;
function pooled(pool, text) {
  let kept = pool.get(text);
  if (kept === void 0) {
    kept = text.length >= SLICE_MIN_LENGTH ? JSON.parse(JSON.stringify(text)) : text;
    pool.set(kept, kept);
  }
  return kept;
}
function poolStrings(pool, value) {
  if (typeof value === "string") return pooled(pool, value);
  const seen = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (typeof node !== "object" || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (typeof item === "string") node[i] = pooled(pool, item);
        else visit(item);
      }
      return;
    }
    const record = node;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === "string") {
        if (key !== "__proto__") record[key] = pooled(pool, item);
      } else visit(item);
    }
  };
  visit(value);
  return value;
}

// src/config/expansion.ts
var MAX_ALIAS_COUNT = 100;
var MAX_EXPANDED_NODES = 1e5;
var MAX_EXPANDED_CHARS = 1e6;
var MAX_DEPTH = 200;
function findExpansionProblem(value, textLength) {
  const sizes = /* @__PURE__ */ new Map();
  const open = /* @__PURE__ */ new Set();
  const path = [];
  const total = { nodes: 0, chars: 0 };
  let written = 0;
  let aliases = 0;
  let problem;
  const fail = (kind) => {
    problem = { kind, path: [...path] };
    return false;
  };
  const withinBounds = () => {
    if (total.nodes - written > MAX_EXPANDED_NODES) return fail("nodes");
    if (total.chars - textLength > MAX_EXPANDED_CHARS) return fail("characters");
    return true;
  };
  const visit = (node) => {
    if (typeof node !== "object" || node === null) {
      total.nodes++;
      written++;
      if (typeof node !== "string") return true;
      total.chars += node.length;
      return withinBounds();
    }
    if (open.has(node)) return fail("recursive");
    const known = sizes.get(node);
    if (known !== void 0) {
      if (++aliases > MAX_ALIAS_COUNT) return fail("aliases");
      total.nodes += known.nodes;
      total.chars += known.chars;
      return withinBounds();
    }
    if (path.length >= MAX_DEPTH) return fail("depth");
    const before = { ...total };
    total.nodes++;
    written++;
    open.add(node);
    const child = (key, item) => {
      if (typeof key === "string") total.chars += key.length;
      path.push(key);
      const fine = visit(item);
      path.pop();
      return fine;
    };
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) if (!child(i, node[i])) return false;
    } else {
      const record = node;
      for (const key of Object.keys(record)) if (!child(key, record[key])) return false;
    }
    open.delete(node);
    sizes.set(node, { nodes: total.nodes - before.nodes, chars: total.chars - before.chars });
    return withinBounds();
  };
  visit(value);
  return problem;
}
function describeExpansionProblem(kind) {
  switch (kind) {
    case "aliases":
      return `more than ${MAX_ALIAS_COUNT} aliases of a list or mapping: refused, this looks like an alias bomb`;
    case "nodes":
      return `the aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en-US")} values beyond those written: refused, this looks like an alias bomb`;
    case "characters":
      return `the aliases expand to more than ${MAX_EXPANDED_CHARS.toLocaleString("en-US")} characters beyond the file's length: refused, this looks like an alias bomb`;
    case "recursive":
      return "an alias inside the value it names (a recursive alias): refused; expected plain data";
    case "depth":
      return `values nested more than ${MAX_DEPTH} levels deep: refused`;
  }
}

// src/config/source.ts
function parseSource(file, text, strings = /* @__PURE__ */ new Map()) {
  const loneCr = findLoneCarriageReturn(text);
  if (loneCr >= 0) {
    const { line, column } = positionOf(text, loneCr);
    const message = "a carriage return without a line feed: YAML tools disagree on whether it ends a line (it can hide a key in a comment); save the file with LF or CRLF line endings";
    return { ok: false, issues: [{ code: "lone-carriage-return", message, file, line, column }] };
  }
  let data = loadFast(text);
  let full;
  if (data === void 0) {
    const parsed = parseFull(file, text);
    if (!parsed.ok) return parsed;
    full = parsed.doc;
    data = full.data;
  }
  const located2 = (path, where2) => {
    full ??= locatorFor(file, text);
    return full.locate(path, where2);
  };
  const problem = full !== void 0 || text.includes("&") ? findExpansionProblem(data, text.length) : void 0;
  if (problem !== void 0) {
    const code = problem.kind === "recursive" ? "yaml-structure" : problem.kind === "depth" ? "yaml-too-deep" : "alias-bomb";
    const ref = located2(problem.path);
    return { ok: false, issues: [{ code, message: describeExpansionProblem(problem.kind), ...ref }] };
  }
  poolStrings(strings, data);
  return { ok: true, doc: { file, data, locate: located2 } };
}
function findLoneCarriageReturn(text) {
  for (let at3 = text.indexOf("\r"); at3 >= 0; at3 = text.indexOf("\r", at3 + 1)) {
    if (text.charCodeAt(at3 + 1) !== 10) return at3;
  }
  return -1;
}
function positionOf(text, offset) {
  let line = 1;
  let start = 0;
  for (let at3 = text.indexOf("\n"); at3 >= 0 && at3 < offset; at3 = text.indexOf("\n", at3 + 1)) {
    line++;
    start = at3 + 1;
  }
  return { line, column: offset - start + 1 };
}
function loadFast(text) {
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    return data !== null && typeof data === "object" ? data : void 0;
  } catch {
    return void 0;
  }
}
function locatorFor(file, text) {
  const parsed = parseDocument(file, text);
  return parsed.ok ? { file, data: void 0, locate: parsed.locate } : { file, data: void 0, locate: () => ({ file, line: 1, column: 1 }) };
}
function parseFull(file, text) {
  const parsed = parseDocument(file, text);
  if (!parsed.ok) return parsed;
  try {
    const data = parsed.document.toJS({ maxAliasCount: -1 });
    return { ok: true, doc: { file, data, locate: parsed.locate } };
  } catch (error) {
    const message = `cannot read the YAML: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, issues: [{ code: "yaml-syntax", message, ...parsed.locate([]) }] };
  }
}
function parseDocument(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const at3 = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  const issue = (code, message, ref) => ({
    code,
    message,
    ...ref
  });
  const docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (first === void 0 || list.length === 1 && first.contents === null && first.errors.length === 0) {
    return {
      ok: false,
      issues: [
        issue("empty-file", "the file is empty: expected a mapping starting with `version: 1`", at3(0))
      ]
    };
  }
  const second = list[1];
  if (second !== void 0) {
    const start = second.range[0];
    return {
      ok: false,
      issues: [
        issue(
          "multi-document",
          `the file holds ${list.length} YAML documents (separated by '---'): expected one; put each part in its own file`,
          at3(start)
        )
      ]
    };
  }
  if (first.errors.length > 0) {
    return {
      ok: false,
      issues: first.errors.map(
        (e) => e.code === "DUPLICATE_KEY" ? issue(
          "duplicate-key",
          `duplicate key '${keyAt(text, e.pos[0])}': each key may appear once per mapping`,
          at3(e.pos[0])
        ) : issue("yaml-syntax", yamlMessage(e), at3(e.pos[0]))
      )
    };
  }
  return {
    ok: true,
    document: first,
    locate: (path, where2) => locateIn(first, path, where2 ?? "value", at3)
  };
}
function yamlMessage(error) {
  const message = (error.message.split("\n")[0] ?? error.message).replace(
    /"([^"\n]{0,24})[^"\n]*"/g,
    (whole, kept) => whole.length - 2 > kept.length ? `"${kept}\u2026"` : whole
  );
  return `YAML syntax error: ${message}`;
}
function locateIn(doc, path, where2, at3) {
  let node = doc.contents;
  let keyNode;
  for (const segment of path) {
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(doc);
    keyNode = void 0;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => (0, import_yaml.isPair)(p) && keyOf(p.key) === String(segment));
      if (pair === void 0) break;
      keyNode = pair.key;
      node = pair.value ?? pair.key;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === void 0) break;
      node = item;
    } else break;
  }
  const target = where2 === "key" && keyNode !== void 0 ? keyNode : node;
  const range = target?.range;
  return at3(range?.[0] ?? 0);
}
function keyOf(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return void 0;
}
function keyAt(text, offset) {
  const match = /^("[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset, offset + 200));
  const key = (match?.[1] ?? "").trim().replace(/^["'](.*)["']$/, "$1");
  return key.length > 60 ? `${key.slice(0, 57)}...` : key;
}

// src/config/class-rules.ts
import { isDeepStrictEqual as isDeepStrictEqual2 } from "node:util";

// src/config/class-selection.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/config/user-ignore.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var OPTIONS = { nocase: true, dot: true, strictBrackets: true };
function checkGlob(glob) {
  try {
    import_picomatch.default.makeRe(glob, OPTIONS);
    return void 0;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
function createUserIgnoreMatcher(globs) {
  const matchers = globs.map((glob) => ({ glob, test: (0, import_picomatch.default)(glob, OPTIONS) }));
  return (user) => matchers.find((m) => m.test(user))?.glob;
}

// src/config/class-selection.ts
function definedClasses(merged) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of merged.classes) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return byName;
}
function matcherOf(spec) {
  const glob = spec.match?.slug;
  return glob === void 0 || checkGlob(glob) !== void 0 ? () => false : (0, import_picomatch2.default)(glob, { dot: true, nocase: true });
}
function fragmentOf(spec) {
  const { match: _match, ...fragment } = spec;
  return fragment;
}
function selectLayers(merged) {
  const defaults = merged.sections.defaults;
  const base = defaults?.value.org === void 0 ? [] : [{ fragment: defaults.value.org, origin: { doc: defaults.origin.doc, path: ["defaults", "org"] } }];
  const classes = [...definedClasses(merged).values()].map((entry) => {
    const layer = { fragment: fragmentOf(entry.value), origin: entry.origin, className: entry.name };
    return { name: entry.name, layer, matches: matcherOf(entry.value) };
  });
  const byName = new Map(classes.map((c) => [c.name, c]));
  const shared = /* @__PURE__ */ new Map();
  return (org) => {
    const names2 = [...new Set(org.classes ?? [])].filter((name) => byName.has(name));
    for (const c of classes) if (c.matches(org.slug) && !names2.includes(c.name)) names2.push(c.name);
    const key = names2.join("\0");
    let layers = shared.get(key);
    if (layers === void 0) {
      layers = [...base, ...names2.map((name) => byName.get(name).layer)];
      shared.set(key, layers);
    }
    return layers;
  };
}

// src/config/merge.ts
import { isDeepStrictEqual } from "node:util";
var SINGLE_SECTIONS = [
  "tenant",
  "defaults",
  "users",
  "prune",
  "limits",
  "drift",
  "placement",
  "ignores"
];
function originRef(origin, rest = [], at3 = "value") {
  return origin.doc.locate([...origin.path, ...rest], at3);
}
function where(origin, rest = []) {
  const ref = originRef(origin, rest);
  return `${ref.file}:${ref.line}:${ref.column}`;
}
function conflict(code, message, first, second, rest = []) {
  const ref = originRef(second, rest);
  return {
    code,
    message: `${message}: ${where(first, rest)} and ${where(second, rest)}`,
    ...ref,
    path: formatPath([...second.path, ...rest])
  };
}
function mergeDocuments(docs) {
  const issues = [];
  const first = docs[0]?.doc;
  if (first === void 0) throw new Error("mergeDocuments needs at least one document");
  const merged = { first, group: { parts: {} }, sections: {}, orgs: [], classes: [] };
  for (const { doc, config } of docs) {
    const group = config.group;
    if (group !== void 0) {
      const origin = { doc, path: ["group", "id"] };
      if (merged.groupId === void 0) merged.groupId = { value: group.id, origin };
      else if (merged.groupId.value.toLowerCase() !== group.id.toLowerCase())
        issues.push(
          conflict(
            "conflicting-group",
            `two different group ids, '${merged.groupId.value}' and '${group.id}': all files must manage the same group`,
            merged.groupId.origin,
            origin
          )
        );
      if (group.settings !== void 0) {
        const located2 = { value: group.settings, origin: { doc, path: ["group", "settings"] } };
        if (merged.group.settings === void 0) merged.group.settings = located2;
        else if (!isDeepStrictEqual(merged.group.settings.value, group.settings))
          issues.push(
            conflict(
              "conflicting-section",
              "group.settings is set differently in two files (only one file may set it)",
              merged.group.settings.origin,
              located2.origin
            )
          );
      }
      for (const part of GROUP_SETTINGS_PART_NAMES) {
        if (group[part] === void 0) continue;
        const located2 = { value: group[part], origin: { doc, path: ["group", part] } };
        const existing = merged.group.parts[part];
        if (existing === void 0) merged.group.parts[part] = located2;
        else if (!isDeepStrictEqual(existing.value, located2.value))
          issues.push(
            conflict(
              "conflicting-section",
              `group.${part} is set differently in two files (only one file may set it)`,
              existing.origin,
              located2.origin
            )
          );
      }
      if (group.tags !== void 0) {
        merged.group.tags ??= [];
        for (const [i, tag] of group.tags.entries())
          merged.group.tags.push({ value: tag, origin: { doc, path: ["group", "tags", i] } });
      }
      if (group.members !== void 0) {
        merged.group.members ??= [];
        for (const [i, member] of group.members.entries())
          merged.group.members.push({ value: member, origin: { doc, path: ["group", "members", i] } });
      }
      if (group.serviceAccounts !== void 0) {
        merged.group.serviceAccounts ??= [];
        for (const [i, account] of group.serviceAccounts.entries())
          merged.group.serviceAccounts.push({
            value: account,
            origin: { doc, path: ["group", "serviceAccounts", i] }
          });
      }
    }
    for (const section of SINGLE_SECTIONS) {
      const value = config[section];
      if (value === void 0) continue;
      const located2 = { value, origin: { doc, path: [section] } };
      const existing = merged.sections[section];
      if (existing === void 0) merged.sections[section] = located2;
      else if (!isDeepStrictEqual(existing.value, value))
        issues.push(
          conflict(
            "conflicting-section",
            `'${section}' is set differently in two files (only one file may set it)`,
            existing.origin,
            located2.origin
          )
        );
    }
    for (const [i, org] of (config.orgs ?? []).entries())
      merged.orgs.push({ value: org, origin: { doc, path: ["orgs", i] } });
    for (const [name, value] of Object.entries(config.classes ?? {}))
      merged.classes.push({ name, value, origin: { doc, path: ["classes", name] } });
  }
  issues.push(...findDuplicates(merged));
  return { merged, issues };
}
function uniqueChecker(issues) {
  return (items, originOf, keyOf2, describe, code, rest = []) => {
    const seen = /* @__PURE__ */ new Map();
    items.forEach((value, index) => {
      const key = keyOf2(value);
      if (key === void 0) return;
      const earlier = seen.get(key);
      if (earlier === void 0) seen.set(key, index);
      else issues.push(conflict(code, describe(value), originOf(earlier), originOf(index), rest));
    });
  };
}
function findDuplicates(merged) {
  const issues = [];
  const check = uniqueChecker(issues);
  const located2 = (items) => ({
    values: items.map((item) => item.value),
    originOf: (index) => items[index].origin
  });
  const memberKey = (m) => m.user.toLowerCase();
  const memberTwice = (where2) => (m) => `user '${m.user}' is listed twice in ${where2}`;
  const orgs = located2(merged.orgs);
  check(
    orgs.values,
    orgs.originOf,
    (o) => o.slug.toLowerCase(),
    (o) => `org '${o.slug}' is defined twice`,
    "duplicate-org",
    ["slug"]
  );
  check(
    orgs.values,
    orgs.originOf,
    (o) => o.id?.toLowerCase(),
    (o) => `org id '${o.id}' is used by two orgs`,
    "duplicate-org-id",
    ["id"]
  );
  const tags = located2(merged.group.tags ?? []);
  check(
    tags.values,
    tags.originOf,
    (t) => `${t.key}\0${t.value}`,
    (t) => `tag ${t.key}:${t.value} is listed twice`,
    "duplicate-tag"
  );
  const groupMembers = located2(merged.group.members ?? []);
  check(
    groupMembers.values,
    groupMembers.originOf,
    memberKey,
    memberTwice("group.members"),
    "duplicate-member",
    ["user"]
  );
  const members = (origin, list, where2) => check(
    list ?? [],
    (i) => ({ doc: origin.doc, path: [...origin.path, "members", i] }),
    memberKey,
    memberTwice(where2),
    "duplicate-member",
    ["user"]
  );
  const tenant = merged.sections.tenant;
  if (tenant !== void 0) members(tenant.origin, tenant.value.members, "tenant.members");
  const defaults = merged.sections.defaults;
  if (defaults?.value.org !== void 0)
    members(
      { doc: defaults.origin.doc, path: ["defaults", "org"] },
      defaults.value.org.members,
      "defaults.org.members"
    );
  for (const org of merged.orgs)
    members(org.origin, org.value.members, `the members of org '${org.value.slug}'`);
  for (const c of merged.classes) members(c.origin, c.value.members, `the members of class '${c.name}'`);
  return issues;
}

// src/config/class-rules.ts
function issueAt(code, message, origin, rest = []) {
  return { code, message, ...originRef(origin, rest), path: formatPath([...origin.path, ...rest]) };
}
function checkClasses(merged) {
  const issues = [];
  const defined = definedClasses(merged);
  for (const entry of merged.classes) {
    const first = defined.get(entry.name);
    if (first !== void 0 && first !== entry && !isDeepStrictEqual2(first.value, entry.value))
      issues.push(
        conflict(
          "conflicting-class",
          `class '${entry.name}' is defined differently in two places (define it once)`,
          first.origin,
          entry.origin
        )
      );
    const glob = entry.value.match?.slug;
    const problem = glob === void 0 ? void 0 : checkGlob(glob);
    if (problem !== void 0)
      issues.push(
        issueAt(
          "bad-glob",
          `class '${entry.name}': match.slug '${glob}' is not a valid glob: ${problem}`,
          entry.origin,
          ["match", "slug"]
        )
      );
  }
  const names2 = [...defined.keys()];
  const known = names2.length === 0 ? "the files define no classes (top-level `classes:`)" : `classes: ${names2.join(", ")}`;
  for (const { value: org, origin } of merged.orgs) {
    const seen = /* @__PURE__ */ new Set();
    for (const [i, name] of (org.classes ?? []).entries()) {
      if (seen.has(name))
        issues.push(
          issueAt(
            "duplicate-class-use",
            `org '${org.slug}' lists class '${name}' twice: list each class once`,
            origin,
            ["classes", i]
          )
        );
      seen.add(name);
      if (!defined.has(name))
        issues.push(
          issueAt(
            "unknown-class",
            `org '${org.slug}' uses class '${name}', which no file defines.${didYouMean(name, names2)} Defined ${known}`,
            origin,
            ["classes", i]
          )
        );
    }
  }
  return issues;
}

// src/config/delegation.ts
var import_picomatch3 = __toESM(require_picomatch(), 1);
import { dirname, relative, sep } from "node:path";

// src/config/platform-entries.ts
var OVERRIDABLE = [...ORG_SETTINGS_PART_NAMES, "integrations"];
function platformSources(docs) {
  return docs.flatMap(({ doc, config }) => {
    const fragment = config.defaults?.org;
    const defaults = fragment === void 0 ? [] : [{ doc, path: ["defaults", "org"], fragment, appliesTo: () => true }];
    const classes = Object.entries(config.classes ?? {}).map(([name, spec]) => {
      const matches = matcherOf(spec);
      return {
        doc,
        path: ["classes", name],
        fragment: fragmentOf(spec),
        appliesTo: (org) => (org.classes ?? []).includes(name) || matches(org.slug)
      };
    });
    return [...defaults, ...classes];
  });
}
function overridesOf(doc, org, index, sources, by) {
  const issues = [];
  const orgPath = ["orgs", index];
  for (const source of sources.filter((s) => s.appliesTo(org))) {
    const refuse = (path, sourcePath, what) => {
      const there = source.doc.locate([...source.path, ...sourcePath]);
      issues.push({
        code: "delegate-platform-entry",
        message: `${what} in org '${org.slug}' is set by ${formatPath([...source.path, ...sourcePath])} (${there.file}:${there.line}:${there.column}): ${by}, which may add to the platform's entries but not change, demote or expire them`,
        ...doc.locate([...orgPath, ...path]),
        path: formatPath([...orgPath, ...path])
      });
    };
    for (const [j, member] of (org.members ?? []).entries()) {
      const k = (source.fragment.members ?? []).findIndex((m) => sameUser(m.user, member.user));
      const platform = source.fragment.members?.[k];
      if (platform === void 0) continue;
      if (member.role.toLowerCase() !== platform.role.toLowerCase())
        refuse(["members", j, "role"], ["members", k], `member '${member.user}' as '${member.role}'`);
      else if (member.expires !== void 0 && String(member.expires) !== String(platform.expires))
        refuse(["members", j, "expires"], ["members", k], `member '${member.user}'`);
    }
    for (const key of OVERRIDABLE)
      for (const leaf of differingLeaves(source.fragment[key], org[key], [key]))
        refuse(leaf, leaf, `'${formatPath(leaf)}'`);
    for (const [j, hook] of (org.webhooks ?? []).entries()) {
      const k = (source.fragment.webhooks ?? []).findIndex((h) => h.url === hook.url);
      const platform = source.fragment.webhooks?.[k];
      if (platform !== void 0 && canonicalJson(platform) !== canonicalJson(hook))
        refuse(["webhooks", j], ["webhooks", k], `webhook '${hook.url}'`);
    }
  }
  return issues;
}
function sameUser(a, b) {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
function differingLeaves(theirs, mine, path) {
  if (theirs === void 0 || mine === void 0) return [];
  if (isObject(theirs) && isObject(mine))
    return Object.keys(mine).flatMap((key) => differingLeaves(theirs[key], mine[key], [...path, key]));
  return canonicalJson(theirs) === canonicalJson(mine) ? [] : [path];
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/config/delegation.ts
var DELEGATE_FORBIDDEN = [
  "group",
  "tenant",
  "users",
  "prune",
  "limits",
  "defaults",
  "drift",
  "delegate",
  "placement",
  "ignores",
  "classes"
];
var GLOB = { dot: true, strictBrackets: true };
function at(doc, path, code, message, where2 = "value") {
  return { code, message, ...doc.locate(path, where2), path: formatPath(path) };
}
function compile(doc, entry, index, issues) {
  const ref = doc.locate(["delegate", index]);
  const name = `delegate[${index}] (${ref.file}:${ref.line}:${ref.column})`;
  const files = typeof entry.files === "string" ? [entry.files] : entry.files;
  const globs = [
    ...files.map((g, i) => [g, typeof entry.files === "string" ? ["files"] : ["files", i]]),
    ...entry.orgs.map((g, i) => [g, ["orgs", i]])
  ];
  const bad = globs.filter(([glob, path]) => {
    const problem = checkGlob(glob);
    if (problem !== void 0)
      issues.push(
        at(
          doc,
          ["delegate", index, ...path],
          "bad-glob",
          `${name}: '${glob}' is not a valid glob: ${problem}`
        )
      );
    return problem !== void 0;
  });
  if (bad.length > 0) return void 0;
  const roles = new Set(entry.roles.map((r) => r.toLowerCase()));
  return {
    entry,
    name,
    matchesFile: (0, import_picomatch3.default)(files, GLOB),
    matchesOrg: (0, import_picomatch3.default)(entry.orgs, { ...GLOB, nocase: true }),
    grants: (role) => roles.has(role.toLowerCase())
  };
}
function relativePath(placement, base) {
  return relative(placement.root ?? base, placement.absolute).split(sep).join("/");
}
function checkDelegation(docs, placement) {
  const issues = [];
  const rules = [];
  let base;
  for (const { doc, config } of docs) {
    if (config.delegate === void 0) continue;
    if (config.group === void 0) {
      issues.push(
        at(
          doc,
          ["delegate"],
          "delegate-without-group",
          "`delegate` may only be set in the file that sets group.id",
          "key"
        )
      );
      continue;
    }
    base ??= dirname(placement(doc)?.absolute ?? ".");
    for (const [i, entry] of config.delegate.entries()) {
      const rule = compile(doc, entry, i, issues);
      if (rule !== void 0) rules.push(rule);
    }
  }
  if (rules.length === 0 || base === void 0) return issues;
  const delegated = docs.flatMap(({ doc, config }) => {
    const where2 = placement(doc);
    if (config.delegate !== void 0 || where2 === void 0) return [];
    const path = relativePath(where2, base);
    const matching = rules.filter((r) => r.matchesFile(path));
    return matching.length > 0 ? [{ doc, config, matching }] : [];
  });
  const platform = platformSources(docs.filter((d) => !delegated.some((x) => x.doc === d.doc)));
  for (const { doc, config, matching } of delegated)
    issues.push(...violations(doc, config, matching, platform));
  return issues;
}
function names(rules) {
  return rules.map((r) => r.name).join(", ");
}
function violations(doc, config, rules, platform) {
  const issues = [];
  const by = `this file is delegated by ${names(rules)}`;
  for (const key of DELEGATE_FORBIDDEN) {
    if (config[key] !== void 0)
      issues.push(
        at(
          doc,
          [key],
          "delegate-forbidden-key",
          `'${key}' may not be set here: ${by}, which leaves it to the group's own files`,
          "key"
        )
      );
  }
  for (const [i, org] of (config.orgs ?? []).entries()) {
    const allowed = rules.filter((r) => r.matchesOrg(org.slug));
    if (allowed.length === 0) {
      const slugs = rules.flatMap((r) => r.entry.orgs).join(", ");
      issues.push(
        at(
          doc,
          ["orgs", i, "slug"],
          "delegate-org",
          `org '${org.slug}' is not delegated to this file: ${by}, which allows orgs ${slugs}`
        )
      );
      continue;
    }
    if (org.id !== void 0)
      issues.push(
        at(
          doc,
          ["orgs", i, "id"],
          "delegate-org-id",
          `org '${org.slug}' may not be pinned by id here: ${by}; delegated orgs are identified by slug only`,
          "key"
        )
      );
    if (org.template !== void 0 && !rules.some((r) => r.matchesOrg(org.template ?? "")))
      issues.push(
        at(
          doc,
          ["orgs", i, "template"],
          "delegate-template",
          `org '${org.slug}' may not use '${org.template}' as its template: ${by}, which allows orgs ${rules.flatMap((r) => r.entry.orgs).join(", ")}`
        )
      );
    for (const [type2, spec] of Object.entries(org.integrations ?? {})) {
      const from = spec?.from;
      if (from !== void 0 && !rules.some((r) => r.matchesOrg(from)))
        issues.push(
          at(
            doc,
            ["orgs", i, "integrations", type2, "from"],
            "delegate-clone-source",
            `org '${org.slug}' may not clone its ${type2} integration from '${from}': ${by}, which allows orgs ${rules.flatMap((r) => r.entry.orgs).join(", ")}`
          )
        );
    }
    issues.push(...overridesOf(doc, org, i, platform, by));
    for (const [j, member] of (org.members ?? []).entries()) {
      if (allowed.some((r) => r.grants(member.role))) continue;
      const roles = [...new Set(allowed.flatMap((r) => r.entry.roles))];
      issues.push(
        at(
          doc,
          ["orgs", i, "members", j, "role"],
          "delegate-role",
          `role '${member.role}' may not be granted in org '${org.slug}': ${names(allowed)} allows ${roles.length === 0 ? "no roles" : roles.map((r) => `'${r}'`).join(", ")}`
        )
      );
    }
  }
  return issues;
}

// src/config/estate-rules.ts
function located(origin, rest) {
  const path = [...origin.path, ...rest];
  return { ...originRef({ doc: origin.doc, path }), path: formatPath(path) };
}
function checkEstateRules(merged, now) {
  const errors = [];
  const warnings = [];
  const slugs = new Set(merged.orgs.map((o) => o.value.slug));
  const placement = merged.sections.placement;
  for (const [i, rule] of (placement?.value ?? []).entries())
    if (!slugs.has(rule.org))
      errors.push({
        code: "placement-unknown-org",
        message: `placement names org '${rule.org}', which no file lists: projects are placed only in orgs the files manage`,
        ...located(placement.origin, [i, "org"])
      });
  const ignores = merged.sections.ignores;
  for (const [i, rule] of (ignores?.value ?? []).entries()) {
    if (rule.expires === void 0) continue;
    const at3 = expiryInstant(rule.expires);
    if (at3 === void 0)
      errors.push({
        code: "bad-expires",
        message: `expires '${rule.expires}' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z`,
        ...located(ignores.origin, [i, "expires"])
      });
    else if (at3.getTime() <= now.getTime())
      warnings.push({
        code: "expired-ignore",
        message: `the ignore of ${rule.issue} ended at ${formatInstant(at3)}: apply deletes it; then remove the rule`,
        ...located(ignores.origin, [i, "expires"])
      });
  }
  return { errors, warnings };
}

// src/config/expiry-rules.ts
function expiringEntries(merged) {
  const out = [];
  const list = (members, origin) => {
    for (const [i, spec] of (members ?? []).entries())
      if (spec.expires !== void 0)
        out.push({ spec, origin: { doc: origin.doc, path: [...origin.path, "members", i] } });
  };
  for (const m of merged.group.members ?? [])
    if (m.value.expires !== void 0) out.push({ spec: m.value, origin: m.origin });
  const { tenant, defaults } = merged.sections;
  if (tenant !== void 0) list(tenant.value.members, tenant.origin);
  if (defaults !== void 0)
    list(defaults.value.org?.members, { doc: defaults.origin.doc, path: ["defaults", "org"] });
  for (const org of merged.orgs) list(org.value.members, org.origin);
  for (const c of merged.classes) list(c.value.members, c.origin);
  return out;
}
function checkExpiry(merged, now) {
  const errors = [];
  const warnings = [];
  for (const { spec, origin } of expiringEntries(merged)) {
    if (spec.expires === void 0) continue;
    const at3 = expiryInstant(spec.expires);
    const where2 = { ...originRef(origin, ["expires"]), path: formatPath([...origin.path, "expires"]) };
    if (at3 === void 0) {
      errors.push({
        code: "bad-expires",
        message: `expires '${spec.expires}' is not a real date: expected a date such as 2026-12-31 or a timestamp such as 2026-12-05T18:00:00Z`,
        ...where2
      });
    } else if (at3.getTime() <= now.getTime()) {
      warnings.push({
        code: "expired-member",
        message: `the access of '${spec.user}' (${spec.role}) ended at ${formatInstant(at3)}: apply removes it; then remove the entry`,
        ...where2
      });
    }
  }
  return { errors, warnings };
}

// src/config/file-contents.ts
var ORG_FILE_KEYS = /* @__PURE__ */ new Set(["orgs", "version", "$schema"]);
function describeFiles(docs, merged, absoluteOf) {
  const orgsOf = /* @__PURE__ */ new Map();
  for (const org of merged.orgs) {
    const slugs = orgsOf.get(org.origin.doc);
    if (slugs === void 0) orgsOf.set(org.origin.doc, [org.value.slug]);
    else slugs.push(org.value.slug);
  }
  return docs.map((doc) => {
    const data = doc.data;
    const absolute = absoluteOf(doc);
    return {
      file: doc.file,
      ...absolute === void 0 ? {} : { absolute },
      orgs: orgsOf.get(doc) ?? [],
      sections: Object.keys(data).filter((key) => !ORG_FILE_KEYS.has(key))
    };
  });
}

// src/config/org-layers.ts
var UNIONS = {
  members: (m) => m.user.toLowerCase(),
  webhooks: (w) => w.url,
  serviceAccounts: (a) => a.name
};
var SETTINGS = Object.fromEntries(ORG_SETTINGS_PART_NAMES.map((part) => [part, "settings"]));
var MERGE = {
  ...SETTINGS,
  members: "union",
  webhooks: "union",
  serviceAccounts: "union",
  projects: "concatenate",
  integrations: "byType",
  template: "last",
  imports: "own"
};
var LISTS = ["members", "projects", "webhooks", "serviceAccounts"];
function mergeOrgLayers(located2, layers) {
  const { classes: _listed, ...own } = located2.value;
  const org = { ...own };
  const lists = Object.fromEntries(LISTS.map((list) => [list, { count: own[list]?.length ?? 0 }]));
  const origins = { org: located2.origin, layers, lists };
  if (layers.length === 0) return { org, origins };
  const all = [...layers.map((l) => l.fragment), own];
  const target = org;
  for (const [key, rule] of Object.entries(MERGE)) {
    if (rule === "settings") {
      const values = all.map((f) => f[key]).filter((v) => v !== void 0);
      if (values.length > 0)
        target[key] = values.reduce((base, next) => mergeSettingsPart(base, next), {});
    } else if (rule === "last") {
      const value = all.findLast((f) => f[key] !== void 0)?.[key];
      if (value !== void 0) target[key] = value;
    } else if (rule === "union") {
      const list = key;
      const union = unionBy(all, list);
      if (union !== void 0) [target[list], lists[list]] = union;
    }
  }
  const projects = concatenate(all);
  if (projects !== void 0) [org.projects, lists.projects] = projects;
  const integrations = mergeIntegrations(all, located2.value.slug);
  if (integrations !== void 0) org.integrations = integrations;
  return { org, origins };
}
function fromOwnOnly(all, key) {
  return all.slice(0, -1).every((f) => f[key] === void 0);
}
function encode(layer, index, layerCount) {
  return layer === layerCount ? index : -1 - (index * layerCount + layer);
}
function unionBy(all, key) {
  if (fromOwnOnly(all, key)) return void 0;
  const keyOf2 = UNIONS[key];
  const layerCount = all.length - 1;
  const byKey = /* @__PURE__ */ new Map();
  all.forEach((fragment, layer) => {
    fragment[key]?.forEach((item, index) => {
      const id = keyOf2(item);
      byKey.delete(id);
      byKey.set(id, { item, code: encode(layer, index, layerCount) });
    });
  });
  const entries = [...byKey.values()];
  return [entries.map((e) => e.item), { map: entries.map((e) => e.code), count: entries.length }];
}
function concatenate(all) {
  if (fromOwnOnly(all, "projects")) return void 0;
  const layerCount = all.length - 1;
  const rules = all.flatMap((f) => f.projects ?? []);
  const map2 = all.flatMap((f, layer) => (f.projects ?? []).map((_, i) => encode(layer, i, layerCount)));
  return [rules, { map: map2, count: rules.length }];
}
function mergeIntegrations(all, slug) {
  if (fromOwnOnly(all, "integrations")) return void 0;
  const merged = {};
  for (const fragment of all)
    for (const [type2, next] of Object.entries(fragment.integrations ?? {})) {
      const prior = merged[type2];
      const settings = prior?.settings === void 0 ? next.settings : mergeSettingsPart(prior.settings, next.settings);
      merged[type2] = { ...prior, ...next, ...settings === void 0 ? {} : { settings } };
    }
  const own = all[all.length - 1]?.integrations ?? {};
  for (const [type2, entry] of Object.entries(merged))
    if (entry.from === slug && own[type2]?.from === void 0) {
      const { from: _self, ...rest } = entry;
      merged[type2] = rest;
    }
  return merged;
}
function valueOrigin(origins, rest) {
  const [key, index, ...tail] = rest;
  if (LISTS.includes(key) && typeof index === "number")
    return itemOrigin(origins, key, index, tail);
  const own = origins.org;
  if (rest.length > 0 && !hasPath(own, rest))
    for (let i = origins.layers.length - 1; i >= 0; i--) {
      const layer = origins.layers[i];
      if (hasPath(layer.origin, rest)) return { origin: deeper(layer.origin, rest), layer };
    }
  return { origin: deeper(own, rest) };
}
function deeper(origin, rest) {
  return rest.length === 0 ? origin : { doc: origin.doc, path: [...origin.path, ...rest] };
}
function itemOrigin(origins, list, index, tail) {
  const { map: map2, count } = origins.lists[list];
  if (index < 0 || index >= count) return void 0;
  const code = map2 === void 0 ? index : map2[index];
  if (code === void 0) return void 0;
  if (code >= 0) return { origin: deeper(origins.org, [list, code, ...tail]) };
  const v = -1 - code;
  const layerCount = origins.layers.length;
  const layer = origins.layers[v % layerCount];
  if (layer === void 0) return void 0;
  return { origin: deeper(layer.origin, [list, Math.floor(v / layerCount), ...tail]), layer };
}
function hasPath(origin, rest) {
  let node = origin.doc.data;
  for (const segment of [...origin.path, ...rest]) {
    if (node === null || typeof node !== "object") return false;
    node = node[segment];
  }
  return node !== void 0;
}

// src/config/normalize.ts
var DEFAULT_MAX_DELETE_PERCENT = 25;
function normalize(merged, groupId) {
  const { sections } = merged;
  const layersOf = selectLayers(merged);
  const orgOrigins = [];
  const orgs = merged.orgs.map((located2) => {
    const { org, origins } = mergeOrgLayers(located2, layersOf(located2.value));
    orgOrigins.push(origins);
    return org;
  });
  const group = { id: groupId };
  if (merged.group.settings !== void 0) group.settings = merged.group.settings.value;
  for (const part of GROUP_SETTINGS_PART_NAMES)
    if (merged.group.parts[part] !== void 0)
      group[part] = merged.group.parts[part].value;
  if (merged.group.tags !== void 0) group.tags = merged.group.tags.map((t) => t.value);
  if (merged.group.members !== void 0) group.members = merged.group.members.map((m) => m.value);
  if (merged.group.serviceAccounts !== void 0)
    group.serviceAccounts = merged.group.serviceAccounts.map((a) => a.value);
  const users = sections.users?.value;
  const desired = {
    version: 1,
    group,
    orgs,
    users: {
      unknown: users?.unknown ?? "error",
      ignore: users?.ignore ?? [],
      ...users?.expiryWarningDays === void 0 ? {} : { expiryWarningDays: users.expiryWarningDays },
      ...users?.domains === void 0 ? {} : { domains: users.domains },
      ...users?.allowLookalikes === void 0 ? {} : { allowLookalikes: users.allowLookalikes }
    },
    prune: { ...DEFAULT_PRUNE, ...sections.prune?.value },
    limits: { maxDeletePercent: sections.limits?.value.maxDeletePercent ?? DEFAULT_MAX_DELETE_PERCENT },
    drift: { ignore: sections.drift?.value.ignore ?? [] }
  };
  if (sections.tenant !== void 0) desired.tenant = sections.tenant.value;
  if (sections.placement !== void 0) desired.placement = sections.placement.value;
  if (sections.ignores !== void 0) desired.ignores = sections.ignores.value;
  const locate = (path) => {
    const [head, ...rest] = path;
    if (head === "orgs" && typeof rest[0] === "number") return locateOrg(orgOrigins[rest[0]], rest.slice(1));
    if (head === "group") {
      const [key, index, ...tail] = rest;
      const list = key === "members" ? merged.group.members : key === "tags" ? merged.group.tags : key === "serviceAccounts" ? merged.group.serviceAccounts : void 0;
      if (list !== void 0 && typeof index === "number") return at2(list[index]?.origin, tail);
      if (key === "settings" && merged.group.settings !== void 0)
        return at2(merged.group.settings.origin, rest.slice(1));
      const part = merged.group.parts[key];
      if (part !== void 0) return at2(part.origin, rest.slice(1));
      return at2(merged.groupId?.origin, []);
    }
    const section = sections[head];
    if (section !== void 0) return at2(section.origin, rest);
    return merged.first.locate([]);
  };
  const classOf = (path) => {
    const [head, index, ...rest] = path;
    const origins = head === "orgs" && typeof index === "number" ? orgOrigins[index] : void 0;
    const found = origins === void 0 ? void 0 : valueOrigin(origins, rest);
    const name = found?.layer?.className;
    return name === void 0 || found === void 0 ? void 0 : { name, at: originRef(found.origin) };
  };
  return merged.classes.length === 0 ? { desired, locate } : { desired, locate, classOf };
}
function at2(origin, rest) {
  return origin === void 0 ? void 0 : originRef(origin, rest);
}
function locateOrg(origins, rest) {
  if (origins === void 0) return void 0;
  const found = valueOrigin(origins, rest);
  return found === void 0 ? void 0 : originRef(found.origin);
}

// src/config/people-check.ts
function memberEntries(doc, config) {
  const lists = [
    [["group", "members"], config.group?.members],
    [["tenant", "members"], config.tenant?.members],
    [["defaults", "org", "members"], config.defaults?.org?.members],
    ...Object.entries(config.classes ?? {}).map(([name, c]) => [
      ["classes", name, "members"],
      c.members
    ]),
    ...(config.orgs ?? []).map((org, i) => [
      ["orgs", i, "members"],
      org.members
    ])
  ];
  return lists.flatMap(
    ([path, members]) => (members ?? []).map((m, i) => ({
      doc,
      path: [...path, i, "user"],
      user: m.user,
      skeleton: skeleton(m.user)
    }))
  );
}
var quoted = (user) => `'${escapeNonAscii(user)}'`;
var ALLOW = "or list it exactly in users.allowLookalikes";
function checkPeople(docs) {
  const allowed = new Set(docs.flatMap(({ config }) => config.users?.allowLookalikes ?? []));
  const domains = docs.flatMap(({ config }) => config.users?.domains ?? []);
  const entries = docs.flatMap(({ doc, config }) => memberEntries(doc, config));
  const bySkeleton = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const names2 = bySkeleton.get(entry.skeleton) ?? /* @__PURE__ */ new Map();
    if (!names2.has(entry.user.toLowerCase())) names2.set(entry.user.toLowerCase(), entry);
    bySkeleton.set(entry.skeleton, names2);
  }
  const domainSkeletons = new Map(domains.map((d) => [skeleton(d), d]));
  const issues = [];
  for (const entry of entries) {
    if (allowed.has(entry.user)) continue;
    const problem = problemOf(entry, bySkeleton, domainSkeletons, allowed);
    if (problem === void 0) continue;
    issues.push({
      code: problem.code,
      message: `user ${quoted(entry.user)} ${problem.says}: it could pass for another person in the plan and the pull-request comment. Write it plainly, ${ALLOW}.`,
      ...entry.doc.locate(entry.path),
      path: formatPath(entry.path)
    });
  }
  return issues;
}
function problemOf(entry, bySkeleton, domainSkeletons, allowed) {
  const invisible = invisibleCharacters(entry.user);
  if (invisible.length > 0)
    return { code: "user-invisible", says: `holds invisible characters (${invisible.join(", ")})` };
  const scripts = mixedScripts(entry.user);
  if (scripts.length > 0) return { code: "user-mixed-script", says: `mixes scripts (${scripts.join(", ")})` };
  const at3 = entry.user.lastIndexOf("@");
  if (at3 >= 0 && domainSkeletons.size > 0) {
    const domain = entry.user.slice(at3 + 1);
    const listed = domainSkeletons.get(skeleton(domain));
    if (listed !== void 0 && listed !== domain.toLowerCase())
      return {
        code: "user-lookalike-domain",
        says: `has the domain ${quoted(domain)}, which looks like '${listed}' of users.domains`
      };
  }
  const names2 = bySkeleton.get(entry.skeleton);
  if (names2 === void 0 || names2.size < 2) return void 0;
  const other = [...names2.values()].find(
    (e) => e.user.toLowerCase() !== entry.user.toLowerCase() && !allowed.has(e.user)
  );
  if (other === void 0) return void 0;
  const ref = other.doc.locate(other.path);
  return {
    code: "user-lookalike",
    says: `looks like ${quoted(other.user)} (${ref.file}:${ref.line}:${ref.column})`
  };
}

// src/config/project-rules-check.ts
function rulesOf(merged) {
  const lists = [];
  const defaults = merged.sections.defaults;
  if (defaults?.value.org?.projects !== void 0)
    lists.push({
      rules: defaults.value.org.projects,
      origin: { doc: defaults.origin.doc, path: ["defaults", "org", "projects"] }
    });
  for (const c of merged.classes)
    if (c.value.projects !== void 0)
      lists.push({ rules: c.value.projects, origin: { ...c.origin, path: [...c.origin.path, "projects"] } });
  for (const org of merged.orgs)
    if (org.value.projects !== void 0)
      lists.push({
        rules: org.value.projects,
        origin: { ...org.origin, path: [...org.origin.path, "projects"] }
      });
  return lists;
}
function checkProjectRules(merged) {
  const issues = [];
  for (const { rules, origin } of rulesOf(merged)) {
    for (const [r, rule] of rules.entries()) {
      const seen = /* @__PURE__ */ new Map();
      for (const [t, tag] of (rule.tags ?? []).entries()) {
        const earlier = seen.get(tag.key);
        seen.set(tag.key, tag.value);
        if (earlier === void 0 || earlier === tag.value) continue;
        const path = [...origin.path, r, "tags", t];
        issues.push({
          code: "project-tag-twice",
          message: `this rule sets the tag '${tag.key}' twice, to '${earlier}' and '${tag.value}': a project tag key has one value per rule`,
          ...originRef({ doc: origin.doc, path }),
          path: formatPath(path)
        });
      }
    }
  }
  return issues;
}

// src/config/rules.ts
function issueAt2(code, message, origin, rest = []) {
  return { code, message, ...originRef(origin, rest), path: formatPath([...origin.path, ...rest]) };
}
function checkRules(merged) {
  const errors = [];
  const warnings = [];
  if (merged.groupId === void 0) {
    errors.push({
      code: "missing-group",
      message: "no file defines the group: expected `group: { id: <uuid> }` (the Snyk group this config manages) in one of the files",
      ...merged.first.locate([])
    });
  }
  for (const { value: org, origin } of merged.orgs) {
    if (org.template !== void 0 && org.template.toLowerCase() === org.slug.toLowerCase())
      errors.push(
        issueAt2(
          "template-self",
          `org '${org.slug}' names itself as its template: expected the slug of another org to copy at creation`,
          origin,
          ["template"]
        )
      );
    errors.push(...selfClones(org, origin));
  }
  const users = merged.sections.users;
  const globs = users?.value.ignore ?? [];
  const valid = [];
  for (const [i, glob] of globs.entries()) {
    const problem = checkGlob(glob);
    if (problem === void 0) valid.push(glob);
    else
      errors.push(
        issueAt2("bad-glob", `users.ignore[${i}]: '${glob}' is not a valid glob: ${problem}`, users.origin, [
          "ignore",
          i
        ])
      );
  }
  const drift = merged.sections.drift;
  for (const [i, rule] of (drift?.value.ignore ?? []).entries()) {
    const problem = rule.address === void 0 ? void 0 : checkGlob(rule.address);
    if (problem !== void 0)
      errors.push(
        issueAt2(
          "bad-glob",
          `drift.ignore[${i}].address: '${rule.address}' is not a valid glob: ${problem}`,
          drift.origin,
          ["ignore", i, "address"]
        )
      );
  }
  errors.push(...checkProjectRules(merged));
  errors.push(...duplicateWebhooks(merged));
  warnings.push(...ignoredMembers(merged, valid));
  return { errors, warnings };
}
function selfClones(org, origin) {
  return Object.entries(org.integrations ?? {}).flatMap(([type2, spec]) => {
    const from = spec?.from;
    if (from === void 0 || from.toLowerCase() !== org.slug.toLowerCase()) return [];
    return [
      issueAt2(
        "clone-self",
        `org '${org.slug}' clones its ${type2} integration from itself: expected the slug of another org of the group that has one`,
        origin,
        ["integrations", type2, "from"]
      )
    ];
  });
}
function duplicateWebhooks(merged) {
  const lists = [];
  const defaults = merged.sections.defaults;
  if (defaults !== void 0)
    lists.push({
      webhooks: defaults.value.org?.webhooks,
      origin: { doc: defaults.origin.doc, path: ["defaults", "org", "webhooks"] },
      where: "defaults.org"
    });
  for (const { name, value, origin } of merged.classes)
    lists.push({
      webhooks: value.webhooks,
      origin: { doc: origin.doc, path: [...origin.path, "webhooks"] },
      where: `class '${name}'`
    });
  for (const { value: org, origin } of merged.orgs)
    lists.push({
      webhooks: org.webhooks,
      origin: { doc: origin.doc, path: [...origin.path, "webhooks"] },
      where: `org '${org.slug}'`
    });
  const issues = [];
  for (const { webhooks, origin, where: where2 } of lists) {
    const first = /* @__PURE__ */ new Map();
    for (const [i, hook] of (webhooks ?? []).entries()) {
      const earlier = first.get(hook.url);
      if (earlier === void 0) {
        first.set(hook.url, i);
        continue;
      }
      const at3 = originRef(origin, [earlier, "url"]);
      issues.push(
        issueAt2(
          "duplicate-webhook",
          `${where2} lists the webhook ${hook.url} twice (first at line ${at3.line}): a webhook is identified by its url, list it once`,
          origin,
          [i, "url"]
        )
      );
    }
  }
  return issues;
}
function ignoredMembers(merged, globs) {
  if (globs.length === 0) return [];
  const matches = createUserIgnoreMatcher(globs);
  const warnings = [];
  const check = (user, origin) => {
    const glob = matches(user);
    if (glob !== void 0)
      warnings.push(
        issueAt2(
          "ignored-member",
          `user '${user}' matches users.ignore '${glob}': this membership is neither created, changed nor removed`,
          origin,
          ["user"]
        )
      );
  };
  for (const m of merged.group.members ?? []) check(m.value.user, m.origin);
  for (const org of merged.orgs)
    for (const [i, m] of (org.value.members ?? []).entries())
      check(m.user, { doc: org.origin.doc, path: [...org.origin.path, "members", i] });
  return warnings;
}

// src/config/config-validator.ts
var validate = validate52;
var schema19 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "additionalProperties": false, "patternProperties": { "^x-": { "description": "Extension field, ignored by snyk-gitops: a place for YAML anchors." } }, "$id": "https://snyk-gitops.dev/schema/snyk-gitops.schema.json", "title": "snyk-gitops desired state", "description": "The desired state of a Snyk group: settings, tags, orgs, memberships.", "type": "object", "required": ["version"], "properties": { "$schema": { "description": "JSON Schema reference for editors.", "type": "string" }, "version": { "description": "Format version of this file. Always 1.", "const": 1, "type": "number" }, "group": { "additionalProperties": false, "description": "The Snyk group. Required in one file; in a directory of files every file that has it names the same id.", "type": "object", "required": ["id"], "properties": { "id": { "format": "uuid", "description": "The id of the Snyk group this file manages.", "type": "string" }, "settings": { "additionalProperties": false, "description": "v1 group settings. Only the keys listed here are managed.", "type": "object", "properties": { "sessionLength": { "description": "Session length in minutes (1..43200, i.e. up to 30 days); null inherits the global default.", "anyOf": [{ "minimum": 1, "maximum": 43200, "type": "integer" }, { "type": "null" }] }, "requestAccess": { "additionalProperties": false, "description": "Access requests to the orgs of the group.", "type": "object", "required": ["enabled"], "properties": { "enabled": { "description": "Whether users may request access to orgs of the group they are not members of.", "type": "boolean" } } } } }, "iac": { "additionalProperties": false, "description": "IaC settings of the group (REST `/groups/{group_id}/settings/iac`).", "type": "object", "properties": { "customRules": { "additionalProperties": false, "description": "IaC custom rules of the group.", "type": "object", "properties": { "isEnabled": { "description": "Whether IaC custom rules are used.", "type": "boolean" }, "ociRegistryUrl": { "minLength": 1, "description": "The URL of the OCI registry that holds the custom rules bundle.", "type": "string" }, "ociRegistryTag": { "minLength": 1, "description": "The tag of the custom rules bundle in the OCI registry.", "type": "string" } } } } }, "pullRequestTemplate": { "description": "The group's template for Snyk's fix pull requests (REST `/groups/{group_id}/settings/pull_request_template`); `null` deletes it, absent leaves it unmanaged.", "anyOf": [{ "additionalProperties": false, "description": "The group's template for Snyk's fix pull requests (REST `/groups/{group_id}/settings/pull_request_template`); `null` deletes it, absent leaves it unmanaged.", "type": "object", "properties": { "title": { "minLength": 1, "description": "The title of Snyk's fix pull requests.", "type": "string" }, "commitMessage": { "minLength": 1, "description": "The commit message of Snyk's fix pull requests.", "type": "string" }, "description": { "minLength": 1, "description": "The description (body) of Snyk's fix pull requests.", "type": "string" } } }, { "type": "null" }] }, "tags": { "description": "The group tag catalogue. Snyk cannot create a tag (it exists while a project carries it): a listed tag Snyk lacks is a warning.", "type": "array", "items": { "additionalProperties": false, "description": "A group tag (key and value).", "type": "object", "required": ["key", "value"], "properties": { "key": { "pattern": "^[A-Za-z0-9_-]{1,30}$", "description": "Tag key: letters, digits, `-` and `_`, at most 30 characters.", "type": "string" }, "value": { "pattern": "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", "description": "Tag value: letters, digits and `_ . ~ : / ? # @ & + = % -` (as in `acme/api@1.2:prod`), at most 256 characters.", "type": "string" } } } }, "members": { "description": "Memberships of the group. Only listed when managed: without this key the live memberships are kept; `[]` means no members.", "type": "array", "items": { "$ref": "#/$defs/shared0" } }, "serviceAccounts": { "description": "Service accounts of the group. Without this key they are not read; unlisted ones are deleted only with prune.serviceAccounts.", "type": "array", "items": { "$ref": "#/$defs/shared1" } } } }, "tenant": { "additionalProperties": false, "description": "The tenant (optional).", "type": "object", "required": ["id"], "properties": { "id": { "format": "uuid", "description": "The id of the tenant that holds the group.", "type": "string" }, "name": { "minLength": 1, "maxLength": 60, "description": "Tenant name (1..60).", "type": "string" }, "members": { "description": "Tenant memberships. The API can change or remove them, not create them: a listed member Snyk lacks is a warning.", "type": "array", "items": { "$ref": "#/$defs/shared0" } } } }, "defaults": { "additionalProperties": false, "description": "Defaults merged into the objects of the file.", "type": "object", "properties": { "org": { "additionalProperties": false, "description": "Merged into every org; the org's own values win.", "type": "object", "properties": { "settings": { "$ref": "#/$defs/shared2" }, "sast": { "additionalProperties": false, "description": "Snyk Code of the org (REST `/orgs/{org_id}/settings/sast`).", "type": "object", "properties": { "enabled": { "description": "Snyk Code (SAST) tests the projects of this org.", "type": "boolean" } } }, "iac": { "$ref": "#/$defs/shared3" }, "notifications": { "$ref": "#/$defs/shared5" }, "members": { "description": "Memberships of every org (merged with each org; the org\u2019s role wins). Only listed when managed: without this key the live memberships are kept; `[]` means no members.", "type": "array", "items": { "$ref": "#/$defs/shared0" } }, "projects": { "description": "Tags and attributes of the projects of every org (added to each org\u2019s own rules), by rule (docs/configuration.md#project-rules-tags-and-attributes). Projects are never created or deleted; only those a rule matches are changed.", "type": "array", "items": { "$ref": "#/$defs/shared7" } }, "integrations": { "$ref": "#/$defs/shared12" }, "webhooks": { "description": "Outbound webhooks of every org (merged with each org by url; the org\u2019s entry wins). Without this key the live webhooks are not read; unlisted ones are deleted only with prune.webhooks.", "type": "array", "items": { "$ref": "#/$defs/shared17" } } } } } }, "classes": { "additionalProperties": false, "description": "Named org fragments (tiers such as production or sandbox) that orgs list in `classes` or that `match` their slug. Delegated files may use classes but not define them.", "type": "object", "patternProperties": { "^[A-Za-z0-9][\\w.-]{0,99}$": { "additionalProperties": false, "description": "A named org fragment: an org's keys except slug, name, id, classes and imports. Merged after defaults.org and before the org's own keys.", "type": "object", "properties": { "match": { "additionalProperties": false, "description": "Orgs this class applies to without listing it.", "type": "object", "required": ["slug"], "properties": { "slug": { "minLength": 1, "description": "Glob over org slugs (case-insensitive), e.g. `sbx-*`: the class also applies to every org of the files whose slug matches, after the classes the org lists.", "type": "string" } } }, "template": { "minLength": 1, "description": "Slug of an org (in this file or live) whose integrations and policies are copied when this org is created (v1 `sourceOrgId`).", "type": "string" }, "settings": { "$ref": "#/$defs/shared2" }, "sast": { "additionalProperties": false, "description": "Snyk Code of the org (REST `/orgs/{org_id}/settings/sast`).", "type": "object", "properties": { "enabled": { "description": "Snyk Code (SAST) tests the projects of this org.", "type": "boolean" } } }, "iac": { "$ref": "#/$defs/shared3" }, "notifications": { "$ref": "#/$defs/shared5" }, "members": { "$ref": "#/$defs/shared18" }, "projects": { "$ref": "#/$defs/shared19" }, "integrations": { "$ref": "#/$defs/shared12" }, "webhooks": { "$ref": "#/$defs/shared20" }, "serviceAccounts": { "$ref": "#/$defs/shared21" } } } } }, "orgs": { "description": "The orgs of the group that this file manages.", "type": "array", "items": { "additionalProperties": false, "description": "An org of the group.", "type": "object", "required": ["slug"], "properties": { "slug": { "pattern": "^[\\w.-]{1,100}$", "description": "The identity of the org in the file, Snyk's org slug: letters, digits, `_`, `.` and `-`, at most 100 characters.", "type": "string" }, "name": { "minLength": 1, "maxLength": 60, "description": "Display name (1..60 characters). A new name is an update, never delete + create. Required to create an org.", "type": "string" }, "id": { "format": "uuid", "description": "Pins an existing org by id (the slug is still its identity in the file).", "type": "string" }, "template": { "minLength": 1, "description": "Slug of an org (in this file or live) whose integrations and policies are copied when this org is created (v1 `sourceOrgId`).", "type": "string" }, "classes": { "description": "Names of classes (top-level `classes:`) merged into this org after defaults.org, in this order; the org's own keys win.", "type": "array", "items": { "minLength": 1, "type": "string" } }, "settings": { "$ref": "#/$defs/shared2" }, "sast": { "additionalProperties": false, "description": "Snyk Code of the org (REST `/orgs/{org_id}/settings/sast`).", "type": "object", "properties": { "enabled": { "description": "Snyk Code (SAST) tests the projects of this org.", "type": "boolean" } } }, "iac": { "$ref": "#/$defs/shared3" }, "notifications": { "$ref": "#/$defs/shared5" }, "members": { "$ref": "#/$defs/shared18" }, "projects": { "$ref": "#/$defs/shared19" }, "integrations": { "$ref": "#/$defs/shared12" }, "webhooks": { "$ref": "#/$defs/shared20" }, "imports": { "description": "Repositories that must be monitored in this org. Without this key the org\u2019s targets are not read; targets it does not list are deleted only with prune.imports.", "type": "array", "items": { "additionalProperties": false, "description": "Repositories of one integration that must have a Snyk target in this org.", "type": "object", "required": ["integration", "repos"], "properties": { "integration": { "description": "The integration of the org the repositories are imported through (its type).", "anyOf": [{ "const": "github", "type": "string" }, { "const": "github-cloud-app", "type": "string" }, { "const": "github-enterprise", "type": "string" }, { "const": "github-server-app", "type": "string" }, { "const": "bitbucket-cloud", "type": "string" }, { "const": "bitbucket-connect-app", "type": "string" }, { "const": "azure-repos", "type": "string" }] }, "repos": { "minItems": 1, "description": "The repositories that must be monitored: `owner/name` or globs (GitHub types only).", "type": "array", "items": { "minLength": 3, "maxLength": 200, "pattern": "^[^\\s/]+/[^\\s/]+$", "description": "`owner/name`, or a glob over names (`acme/payments-*`): a glob needs a repository listing.", "type": "string" } }, "exclude": { "description": "Repositories the globs of `repos` leave out (`owner/name` or globs).", "type": "array", "items": { "minLength": 3, "maxLength": 200, "pattern": "^[^\\s/]+/[^\\s/]+$", "description": "`owner/name`, or a glob over names (`acme/payments-*`): a glob needs a repository listing.", "type": "string" } }, "branch": { "minLength": 1, "maxLength": 250, "description": "The branch to import. Default: the repository's default branch, read from GitHub; required for other integrations.", "type": "string" }, "files": { "maxItems": 1e3, "description": "Manifest paths to import; empty or absent: Snyk's own detection.", "type": "array", "items": { "minLength": 1, "maxLength": 1e3, "type": "string" } } } } }, "serviceAccounts": { "$ref": "#/$defs/shared21" } } } }, "placement": { "description": "Which org each project belongs in, by rule (docs/configuration.md#project-placement). Without this key no project is moved.", "type": "array", "items": { "additionalProperties": false, "description": "A project of a managed org that `match` matches and that is in another org is moved to `org` (v1 project move; its reporting history stays behind).", "type": "object", "required": ["match", "org"], "properties": { "match": { "$ref": "#/$defs/shared8" }, "org": { "pattern": "^[\\w.-]{1,100}$", "description": "The slug of the org (listed in the file) where every project the rule matches belongs.", "type": "string" } } } }, "ignores": { "description": "Ignores owned by this tool (docs/configuration.md#ignores-as-code). Without this key no ignore is read or changed; `[]` removes this tool's ignores (with `prune.ignores`).", "type": "array", "items": { "additionalProperties": false, "description": "An issue ignored on every project the rule covers.", "type": "object", "required": ["issue", "projects", "type", "reason"], "properties": { "issue": { "pattern": "^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$", "description": "The Snyk issue id, e.g. 'SNYK-JS-LODASH-567746' or 'snyk:lic:npm:lodash:MIT'.", "type": "string" }, "projects": { "additionalProperties": false, "description": "The projects the ignore is set on: those of the orgs `org` names that `match` matches.", "type": "object", "properties": { "org": { "minLength": 1, "maxLength": 100, "description": "Glob over the slugs of the managed orgs whose projects the rule covers (e.g. 'payments*'); absent: every org of the file.", "type": "string" }, "match": { "$ref": "#/$defs/shared8" } } }, "type": { "description": "Snyk's reason type: 'wont-fix', 'not-vulnerable' or 'temporary-ignore'.", "anyOf": [{ "const": "wont-fix", "type": "string" }, { "const": "not-vulnerable", "type": "string" }, { "const": "temporary-ignore", "type": "string" }] }, "reason": { "minLength": 1, "maxLength": 500, "description": "Why the issue is ignored. Sent with the prefix '[snyk-gitops] ', which marks the ignore as this tool's.", "type": "string" }, "expires": { "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", "description": "When the ignore ends: a date (the end of that day in UTC) or a timestamp with its zone. Sent to Snyk; from then on the ignore is deleted.", "type": "string" } } } }, "users": { "additionalProperties": false, "description": "How users are resolved and which are left alone.", "type": "object", "properties": { "unknown": { "default": "error", "description": "What to do with a member who is not a Snyk user of the group yet: `error` (default), `provision` (v1 provisioning, SSO) or `invite` (org invitation).", "anyOf": [{ "const": "error", "type": "string" }, { "const": "provision", "type": "string" }, { "const": "invite", "type": "string" }] }, "ignore": { "description": "Globs over emails/usernames of users that are never created, changed or removed.", "type": "array", "items": { "minLength": 1, "type": "string" } }, "expiryWarningDays": { "minimum": 0, "maximum": 3660, "default": 7, "description": "Member entries whose `expires` falls within this many days are warnings in plan, drift and the pull-request comment (default 7).", "type": "integer" }, "domains": { "description": "The email domains whose people may be invited or provisioned (`users.unknown`); absent: any. A member whose email domain looks like one of these (same confusable skeleton, Unicode TS #39) without being it is an error.", "type": "array", "items": { "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", "description": "An email domain, lower case ASCII (punycode for an internationalized one).", "type": "string" } }, "allowLookalikes": { "description": 'Emails or usernames, exactly as written in member entries, that are accepted although they hold invisible characters, mix scripts or look like another listed person or domain. Write them with YAML escapes (`"j\\u00f6rg@acme.com"`) so the review shows what they are.', "type": "array", "items": { "minLength": 1, "type": "string" } } } }, "prune": { "additionalProperties": false, "description": "Which live objects that the file does not list are deleted.", "type": "object", "properties": { "groupMembers": { "default": true, "description": "Delete group memberships the file does not list (default true).", "type": "boolean" }, "orgMembers": { "default": true, "description": "Delete org memberships the file does not list (default true).", "type": "boolean" }, "tenantMembers": { "default": false, "description": "Delete tenant memberships the file does not list (default false).", "type": "boolean" }, "groupTags": { "default": false, "description": "Delete group tags the file does not list (default false); `force` also removes them from the projects that carry them.", "anyOf": [{ "type": "boolean" }, { "const": "force", "type": "string" }] }, "orgs": { "default": false, "description": "Delete orgs the file does not list (default false: deleting an org destroys its projects and history).", "type": "boolean" }, "webhooks": { "default": false, "description": "Delete the webhooks the file does not list, in orgs that list `webhooks` (default false).", "type": "boolean" }, "imports": { "default": false, "description": "Delete the targets (and their projects) that the file no longer lists, in orgs that list `imports`, of the integrations they name (default false).", "type": "boolean" }, "serviceAccounts": { "default": false, "description": "Delete the service accounts the file does not list, in the group or orgs that list `serviceAccounts` (default false).", "type": "boolean" }, "projectTags": { "default": false, "description": "Remove the tags of a matched project that no matching rule lists (default false: a matched project's unlisted tag keys stay; unmatched projects are never touched).", "type": "boolean" }, "ignores": { "default": true, "description": "Delete the ignores this tool created (its prefix, by the token\u2019s user) that no `ignores` rule lists any more, on the projects of the orgs the rules cover (default true). Other ignores are never touched.", "type": "boolean" } } }, "limits": { "additionalProperties": false, "description": "Safety limits.", "type": "object", "properties": { "maxDeletePercent": { "minimum": 0, "maximum": 100, "default": 25, "description": "A plan deleting more than this share (percent) of the live objects of any kind is refused without --allow-mass-delete.", "type": "number" } } }, "delegate": { "description": "Delegated team files (only in the file that sets group.id). Files that no entry matches are unrestricted.", "type": "array", "items": { "additionalProperties": false, "description": "Files matching `files` may define only orgs whose slug matches `orgs`, grant only `roles`, and set none of group, tenant, users, prune, limits, defaults, drift, delegate or classes (they may use classes).", "type": "object", "required": ["files", "orgs", "roles"], "properties": { "files": { "description": "Globs over the config files this entry restricts, relative to the config directory given on the command line (e.g. `teams/payments/**`).", "anyOf": [{ "minLength": 1, "type": "string" }, { "minItems": 1, "type": "array", "items": { "minLength": 1, "type": "string" } }] }, "orgs": { "minItems": 1, "description": "Globs over the slugs of the orgs those files may define (case-insensitive).", "type": "array", "items": { "minLength": 1, "type": "string" } }, "roles": { "description": "The roles those files may grant in their orgs (names, case-insensitive, or role ids).", "type": "array", "items": { "minLength": 1, "type": "string" } } } } }, "drift": { "additionalProperties": false, "description": "Drift report settings.", "type": "object", "properties": { "ignore": { "description": "Known, accepted drift left out of reports.", "type": "array", "items": { "additionalProperties": false, "minProperties": 1, "description": "A rule for known, accepted drift.", "type": "object", "properties": { "kind": { "description": "Only items of this kind.", "anyOf": [{ "const": "org", "type": "string" }, { "const": "org_settings", "type": "string" }, { "const": "sast_settings", "type": "string" }, { "const": "iac_settings", "type": "string" }, { "const": "org_membership", "type": "string" }, { "const": "group_settings", "type": "string" }, { "const": "group_membership", "type": "string" }, { "const": "group_tag", "type": "string" }, { "const": "pull_request_template", "type": "string" }, { "const": "tenant", "type": "string" }, { "const": "tenant_membership", "type": "string" }, { "const": "pending_user", "type": "string" }, { "const": "project", "type": "string" }, { "const": "integration_settings", "type": "string" }, { "const": "notification_settings", "type": "string" }, { "const": "webhook", "type": "string" }, { "const": "placement", "type": "string" }, { "const": "ignore", "type": "string" }, { "const": "import", "type": "string" }, { "const": "service_account", "type": "string" }] }, "address": { "minLength": 1, "description": "Glob over item addresses, e.g. 'org[legacy-*].member[*]'.", "type": "string" }, "reason": { "description": "Why this drift is accepted (shown in reports).", "type": "string" } } } } } } }, "$defs": { "shared0": { "additionalProperties": false, "description": "A membership: this user holds this role.", "type": "object", "required": ["user", "role"], "properties": { "user": { "minLength": 1, "maxLength": 320, "pattern": "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "The user: an email address (case-insensitive), a Snyk username, or a user id (uuid). Resolved through the API.", "type": "string" }, "role": { "minLength": 1, "maxLength": 100, "description": "The role: a role name (case-insensitive, e.g. 'Org Admin', 'Org Collaborator', 'Group Admin') or a role id (uuid).", "type": "string" }, "expires": { "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", "description": "When this access ends: a date (`2026-12-31`, meaning the end of that day in UTC) or a timestamp with its zone (`2026-12-05T18:00:00Z`). From then on the entry is not desired: a live membership is deleted, an absent one is not created. Entries ending within `users.expiryWarningDays` are warnings.", "type": "string" } } }, "shared1": { "additionalProperties": false, "description": "A service account. A change of anything but its name replaces it (delete + create).", "type": "object", "required": ["name", "role", "auth"], "properties": { "name": { "minLength": 1, "maxLength": 200, "description": "The name of the account, unique within its group or org: its identity in the file.", "type": "string" }, "id": { "format": "uuid", "description": "Pins an existing account by id: with it, a changed `name` renames the account.", "type": "string" }, "role": { "minLength": 1, "description": "The role the account acts with: a group role for the group\u2019s accounts, an org role for an org\u2019s (name, case-insensitive, or role id).", "type": "string" }, "auth": { "description": "How the account authenticates: `oauth_private_key_jwt` (a JWKS URL, no stored secret), `oauth_client_secret` or `api_key` (Snyk returns a secret once, written to --secrets-dir).", "anyOf": [{ "const": "oauth_private_key_jwt", "type": "string" }, { "const": "oauth_client_secret", "type": "string" }, { "const": "api_key", "type": "string" }] }, "jwksUrl": { "pattern": "^https://\\S+$", "description": "The https URL of the public keys (required for, and only for, `oauth_private_key_jwt`).", "type": "string" }, "accessTokenTtlSeconds": { "minimum": 3600, "maximum": 86400, "description": "Lifetime of the OAuth access tokens the account gets (3600..86400; OAuth accounts only).", "type": "integer" } } }, "shared2": { "additionalProperties": false, "description": "v1 org settings. Only the keys listed here are managed; other live settings are left alone.", "type": "object", "properties": { "requestAccess": { "additionalProperties": false, "description": "Access requests to the org (v1 org settings `requestAccess`).", "type": "object", "required": ["enabled"], "properties": { "enabled": { "description": "Whether users of the group may request access to this org.", "type": "boolean" } } }, "ignores": { "additionalProperties": false, "description": "Ignore policy of the org (v1 org settings `ignores`).", "type": "object", "properties": { "approvalWorkflowEnabled": { "description": "The Ignore Approval Workflow is enabled.", "type": "boolean" }, "autoApproveIgnores": { "description": "Pending ignores are approved automatically.", "type": "boolean" }, "reasonRequired": { "description": "A reason is required when creating ignores.", "type": "boolean" } } } } }, "shared3": { "additionalProperties": false, "description": "IaC settings of the org (REST `/orgs/{org_id}/settings/iac`).", "type": "object", "properties": { "customRules": { "$ref": "#/$defs/shared4" } } }, "shared4": { "additionalProperties": false, "description": "IaC custom rules of the org.", "type": "object", "properties": { "isEnabled": { "description": "Whether IaC custom rules are used.", "type": "boolean" }, "ociRegistryUrl": { "minLength": 1, "description": "The URL of the OCI registry that holds the custom rules bundle.", "type": "string" }, "ociRegistryTag": { "minLength": 1, "description": "The tag of the custom rules bundle in the OCI registry.", "type": "string" }, "inheritFromParent": { "description": "Use the group's custom rules instead of the org's own.", "const": "group", "type": "string" } } }, "shared5": { "additionalProperties": false, "description": "The org's default notification settings (v1). Only the listed events and keys are managed; the other keys of a listed event keep their live values.", "type": "object", "properties": { "new-issues-remediations": { "$ref": "#/$defs/shared6" }, "project-imported": { "additionalProperties": false, "description": "A project was imported.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "test-limit": { "additionalProperties": false, "description": "The test limit is near.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "weekly-report": { "additionalProperties": false, "description": "The weekly report.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "request-updates": { "additionalProperties": false, "description": "Updates of ignore approval requests.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "pending-requests": { "additionalProperties": false, "description": "Pending ignore approval requests.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } } } }, "shared6": { "additionalProperties": false, "description": "New issues and remediations.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" }, "issueSeverity": { "description": "Severities notified: all or high.", "anyOf": [{ "const": "all", "type": "string" }, { "const": "high", "type": "string" }] }, "issueType": { "description": "Issue types notified: all, vuln, license or none.", "anyOf": [{ "const": "all", "type": "string" }, { "const": "vuln", "type": "string" }, { "const": "license", "type": "string" }, { "const": "none", "type": "string" }] } } }, "shared7": { "additionalProperties": false, "description": "A rule over the org's projects. Every rule that matches a project applies; two that set the same tag key or attribute to different values for one project are an error.", "type": "object", "required": ["match"], "properties": { "match": { "$ref": "#/$defs/shared8" }, "tags": { "$ref": "#/$defs/shared9" }, "attributes": { "$ref": "#/$defs/shared10" } } }, "shared8": { "additionalProperties": false, "minProperties": 1, "description": "Which projects of the org the rule applies to: all that is given must hold. `{ name: '*' }` is every project.", "type": "object", "properties": { "name": { "minLength": 1, "maxLength": 1e3, "description": "Glob over the project's name (e.g. 'acme/payments-*'): `*` is any run of characters, `/` and `:` included; `?` is one character; case-sensitive.", "type": "string" }, "type": { "minLength": 1, "maxLength": 100, "description": "The project's type, exactly (e.g. 'npm', 'maven', 'sast').", "type": "string" }, "origin": { "minLength": 1, "maxLength": 100, "description": "The project's origin, exactly (e.g. 'github', 'cli', 'gitlab').", "type": "string" } } }, "shared9": { "description": "Tags set on every project the rule matches. A key listed here is managed on those projects (its value is set); their other tags stay unless `prune.projectTags` is true.", "type": "array", "items": { "additionalProperties": false, "description": "A project tag (key and value).", "type": "object", "required": ["key", "value"], "properties": { "key": { "pattern": "^[A-Za-z0-9_-]{1,30}$", "description": "Tag key: letters, digits, `-` and `_`, at most 30 characters.", "type": "string" }, "value": { "pattern": "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", "description": "Tag value: letters, digits and `_ . ~ : / ? # @ & + = % -` (as in `acme/api@1.2:prod`), at most 256 characters.", "type": "string" } } } }, "shared10": { "additionalProperties": false, "minProperties": 1, "description": "Project attributes. An attribute a rule names replaces that list on the projects it matches (`[]` clears it); unnamed attributes are kept.", "type": "object", "properties": { "criticality": { "uniqueItems": true, "description": "Business criticality (REST `business_criticality`): 'critical', 'high', 'medium', 'low'.", "type": "array", "items": { "anyOf": [{ "const": "critical", "type": "string" }, { "const": "high", "type": "string" }, { "const": "medium", "type": "string" }, { "const": "low", "type": "string" }] } }, "environment": { "$ref": "#/$defs/shared11" }, "lifecycle": { "uniqueItems": true, "description": "Lifecycle (REST `lifecycle`): 'production', 'development', 'sandbox'.", "type": "array", "items": { "anyOf": [{ "const": "production", "type": "string" }, { "const": "development", "type": "string" }, { "const": "sandbox", "type": "string" }] } } } }, "shared11": { "uniqueItems": true, "description": "Environment (REST `environment`): 'frontend', 'backend', 'internal', 'external', 'mobile', 'saas', 'onprem', 'hosted', 'distributed'.", "type": "array", "items": { "anyOf": [{ "const": "frontend", "type": "string" }, { "const": "backend", "type": "string" }, { "const": "internal", "type": "string" }, { "const": "external", "type": "string" }, { "const": "mobile", "type": "string" }, { "const": "saas", "type": "string" }, { "const": "onprem", "type": "string" }, { "const": "hosted", "type": "string" }, { "const": "distributed", "type": "string" }] } }, "shared12": { "additionalProperties": false, "description": "Integrations by type, as GET /v1/org/{orgId}/integrations names them (github, github-cloud-app, gitlab, bitbucket-cloud, ...).", "type": "object", "properties": { "acr": { "$ref": "#/$defs/shared13" }, "artifactory-cr": { "$ref": "#/$defs/shared13" }, "azure-repos": { "$ref": "#/$defs/shared13" }, "bitbucket-cloud": { "$ref": "#/$defs/shared13" }, "bitbucket-connect-app": { "$ref": "#/$defs/shared13" }, "bitbucket-server": { "$ref": "#/$defs/shared13" }, "digitalocean-cr": { "$ref": "#/$defs/shared13" }, "docker-hub": { "$ref": "#/$defs/shared13" }, "ecr": { "$ref": "#/$defs/shared13" }, "gcr": { "$ref": "#/$defs/shared13" }, "github": { "$ref": "#/$defs/shared13" }, "github-cloud-app": { "$ref": "#/$defs/shared13" }, "github-cr": { "$ref": "#/$defs/shared13" }, "github-enterprise": { "$ref": "#/$defs/shared13" }, "github-server-app": { "$ref": "#/$defs/shared13" }, "gitlab": { "$ref": "#/$defs/shared13" }, "gitlab-cr": { "$ref": "#/$defs/shared13" }, "google-artifact-cr": { "$ref": "#/$defs/shared13" }, "harbor-cr": { "$ref": "#/$defs/shared13" }, "nexus-cr": { "$ref": "#/$defs/shared13" }, "quay-cr": { "$ref": "#/$defs/shared13" } } }, "shared13": { "additionalProperties": false, "description": "An integration the org has. Adding one needs SCM credentials, which never go in this file: a listed type the org lacks is a warning, unless `from` names an org to clone it from.", "type": "object", "properties": { "from": { "pattern": "^[\\w.-]{1,100}$", "description": "Slug of another org of the group (in this file or live) to clone this integration from, credentials included, when the org lacks it (v1 `POST /org/{orgId}/integrations/{integrationId}/clone`).", "type": "string" }, "settings": { "$ref": "#/$defs/shared14" } } }, "shared14": { "additionalProperties": false, "description": "v1 integration settings, by the names real Snyk bodies use (and the spec's names where Snyk takes both). Only the listed keys are managed; an update keeps the live values of the others.", "type": "object", "properties": { "autoDepUpgradeEnabled": { "description": "Automatic dependency upgrade pull requests are opened.", "type": "boolean" }, "autoDepUpgradeLimit": { "minimum": 0, "description": "How many dependency upgrade PRs may be open at once.", "type": "number" }, "autoDepUpgradeIgnoredDependencies": { "description": "Dependencies never upgraded automatically.", "type": "array", "items": { "type": "string" } }, "autoDepUpgradeMinAge": { "minimum": 0, "description": "Days a new version must have been out before an upgrade PR.", "type": "number" }, "autoPrivateDepUpgradeEnabled": { "description": "Upgrade PRs also cover private (registry) dependencies.", "type": "boolean" }, "isMajorUpgradeEnabled": { "description": "Upgrade PRs may move to a new major version.", "type": "boolean" }, "pullRequestTestEnabled": { "description": "Pull requests are tested by Snyk (the PR check).", "type": "boolean" }, "pullRequestFailOnAnyVulns": { "description": "A PR check fails when any vulnerable dependency is found.", "type": "boolean" }, "pullRequestFailOnlyForHighSeverity": { "description": "A PR check fails only for high-severity issues.", "type": "boolean" }, "pullRequestFailOnlyForIssuesWithFix": { "description": "A PR check fails only for issues that have a fix.", "type": "boolean" }, "pullRequestTestCodeEnabled": { "description": "Pull requests are tested with Snyk Code.", "type": "boolean" }, "pullRequestFailOnAnyCodeIssues": { "description": "A Snyk Code PR check fails on any issue, whatever its severity.", "type": "boolean" }, "pullRequestTestCodeSeverity": { "description": "Lowest Snyk Code severity that fails a PR check: low, medium, high or null.", "anyOf": [{ "const": "low", "type": "string" }, { "const": "medium", "type": "string" }, { "const": "high", "type": "string" }, { "type": "null" }] }, "pullRequestAssignment": { "$ref": "#/$defs/shared15" }, "autoRemediationPrs": { "$ref": "#/$defs/shared16" }, "manualRemediationPrs": { "additionalProperties": false, "description": "Manual remediation pull requests.", "type": "object", "properties": { "useManualPatchRemediation": { "description": "Manual fix PRs may use patches (the name Snyk uses).", "type": "boolean" }, "usePatchRemediation": { "description": "The spec's name for useManualPatchRemediation: written under the name the live settings use.", "type": "boolean" } } }, "reachableVulns": { "additionalProperties": false, "description": "Reachable vulnerabilities analysis.", "type": "object", "properties": { "enabled": { "description": "Reachable vulnerabilities analysis is on.", "type": "boolean" } } }, "dockerfileSCMEnabled": { "description": "Dockerfiles in the repositories are detected and scanned.", "type": "boolean" } } }, "shared15": { "description": "Assignment of Snyk PRs: an object `{ enabled, type, assignees }`, or the spec's string.", "anyOf": [{ "additionalProperties": false, "description": "Who Snyk assigns its PRs to (the shape real bodies carry).", "type": "object", "properties": { "enabled": { "description": "Snyk assigns its PRs to someone.", "type": "boolean" }, "type": { "maxLength": 50, "description": "How assignees are chosen: `auto` or `manual`.", "type": "string" }, "assignees": { "description": "SCM users assigned (type manual).", "type": "array", "items": { "maxLength": 200, "type": "string" } } } }, { "maxLength": 200, "description": "The spec's string form.", "type": "string" }] }, "shared16": { "additionalProperties": false, "description": "Automatic remediation pull requests.", "type": "object", "properties": { "freshPrsEnabled": { "description": "Fix PRs for newly found issues (or old ones that became fixable).", "type": "boolean" }, "backlogPrsEnabled": { "description": "Fix PRs for prioritised backlog issues.", "type": "boolean" }, "backlogPrStrategy": { "description": "What a backlog PR fixes: one vulnerability or one dependency.", "anyOf": [{ "const": "vuln", "type": "string" }, { "const": "dependency", "type": "string" }] }, "usePatchRemediation": { "description": "Fix PRs may use patches.", "type": "boolean" }, "customRule": { "description": "A custom rule for fix PRs, kept as Snyk returns it." } } }, "shared17": { "additionalProperties": false, "description": "An outbound webhook of the org, identified by its url.", "type": "object", "required": ["url", "secret"], "properties": { "url": { "maxLength": 2e3, "pattern": "^https://[^\\s/?#]+[^\\s]*$", "description": "The webhook URL, its identity in the org: an https URL (Snyk delivers to https only).", "type": "string" }, "secret": { "additionalProperties": false, "description": "Where the signing secret comes from. It is read at apply, only when the webhook is created, and never printed, stored or compared (Snyk cannot return it).", "type": "object", "required": ["env"], "properties": { "env": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "maxLength": 200, "description": "The environment variable that holds the secret: a variable name (letters, digits and `_`, not starting with a digit).", "type": "string" } } } } }, "shared18": { "description": "Memberships of the org. Only listed when managed: without this key the live memberships are kept; `[]` means no members.", "type": "array", "items": { "$ref": "#/$defs/shared0" } }, "shared19": { "description": "Tags and attributes of the projects of the org, by rule (docs/configuration.md#project-rules-tags-and-attributes). Projects are never created or deleted; only those a rule matches are changed.", "type": "array", "items": { "$ref": "#/$defs/shared7" } }, "shared20": { "description": "Outbound webhooks of the org. Without this key the live webhooks are not read; unlisted ones are deleted only with prune.webhooks.", "type": "array", "items": { "$ref": "#/$defs/shared17" } }, "shared21": { "description": "Service accounts of the org. Without this key they are not read; unlisted ones are deleted only with prune.serviceAccounts.", "type": "array", "items": { "$ref": "#/$defs/shared1" } } } };
var func1 = Object.prototype.hasOwnProperty;
var func2 = require_ucs2length().default;
var pattern3 = new RegExp("^x-", "u");
var pattern4 = new RegExp("^[A-Za-z0-9_-]{1,30}$", "u");
var pattern5 = new RegExp("^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", "u");
var pattern14 = new RegExp("^[A-Za-z0-9][\\w.-]{0,99}$", "u");
var pattern11 = new RegExp("^[\\w.-]{1,100}$", "u");
var pattern17 = new RegExp("^[^\\s/]+/[^\\s/]+$", "u");
var pattern20 = new RegExp("^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$", "u");
var pattern7 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", "u");
var pattern22 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", "u");
var formats0 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
var schema20 = { "additionalProperties": false, "description": "A membership: this user holds this role.", "type": "object", "required": ["user", "role"], "properties": { "user": { "minLength": 1, "maxLength": 320, "pattern": "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "description": "The user: an email address (case-insensitive), a Snyk username, or a user id (uuid). Resolved through the API.", "type": "string" }, "role": { "minLength": 1, "maxLength": 100, "description": "The role: a role name (case-insensitive, e.g. 'Org Admin', 'Org Collaborator', 'Group Admin') or a role id (uuid).", "type": "string" }, "expires": { "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", "description": "When this access ends: a date (`2026-12-31`, meaning the end of that day in UTC) or a timestamp with its zone (`2026-12-05T18:00:00Z`). From then on the entry is not desired: a live membership is deleted, an absent one is not created. Entries ending within `users.expiryWarningDays` are warnings.", "type": "string" } } };
var pattern6 = new RegExp("^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", "u");
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.user === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "user" }, message: "must have required property 'user'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema20.required, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "user" || key0 === "role" || key0 === "expires")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.user !== void 0) {
      let data0 = data.user;
      if (typeof data0 === "string") {
        if (func2(data0) > 320) {
          const err3 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/maxLength", keyword: "maxLength", params: { limit: 320 }, message: "must NOT have more than 320 characters", schema: 320, parentSchema: schema20.properties.user, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err4 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.user, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern6.test(data0)) {
          const err5 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/pattern", keyword: "pattern", params: { pattern: "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$" }, message: 'must match pattern "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$"', schema: "^(?:[^@]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+)$", parentSchema: schema20.properties.user, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/user", schemaPath: "#/properties/user/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.user.type, parentSchema: schema20.properties.user, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data1 = data.role;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err7 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema20.properties.role, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err8 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.properties.role, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.role.type, parentSchema: schema20.properties.role, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern7.test(data2)) {
          const err10 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", parentSchema: schema20.properties.expires, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.properties.expires.type, parentSchema: schema20.properties.expires, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema21 = { "additionalProperties": false, "description": "A service account. A change of anything but its name replaces it (delete + create).", "type": "object", "required": ["name", "role", "auth"], "properties": { "name": { "minLength": 1, "maxLength": 200, "description": "The name of the account, unique within its group or org: its identity in the file.", "type": "string" }, "id": { "format": "uuid", "description": "Pins an existing account by id: with it, a changed `name` renames the account.", "type": "string" }, "role": { "minLength": 1, "description": "The role the account acts with: a group role for the group\u2019s accounts, an org role for an org\u2019s (name, case-insensitive, or role id).", "type": "string" }, "auth": { "description": "How the account authenticates: `oauth_private_key_jwt` (a JWKS URL, no stored secret), `oauth_client_secret` or `api_key` (Snyk returns a secret once, written to --secrets-dir).", "anyOf": [{ "const": "oauth_private_key_jwt", "type": "string" }, { "const": "oauth_client_secret", "type": "string" }, { "const": "api_key", "type": "string" }] }, "jwksUrl": { "pattern": "^https://\\S+$", "description": "The https URL of the public keys (required for, and only for, `oauth_private_key_jwt`).", "type": "string" }, "accessTokenTtlSeconds": { "minimum": 3600, "maximum": 86400, "description": "Lifetime of the OAuth access tokens the account gets (3600..86400; OAuth accounts only).", "type": "integer" } } };
var pattern8 = new RegExp("^https://\\S+$", "u");
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate55.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.role === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "role" }, message: "must have required property 'role'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.auth === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "auth" }, message: "must have required property 'auth'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "id" || key0 === "role" || key0 === "auth" || key0 === "jwksUrl" || key0 === "accessTokenTtlSeconds")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema21.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.name.type, parentSchema: schema21.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!formats0.test(data1)) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema21.properties.id, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.id.type, parentSchema: schema21.properties.id, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.role !== void 0) {
      let data2 = data.role;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema21.properties.role, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/role", schemaPath: "#/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.role.type, parentSchema: schema21.properties.role, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      let data3 = data.auth;
      const _errs9 = errors;
      let valid1 = false;
      const _errs10 = errors;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.auth.anyOf[0].type, parentSchema: schema21.properties.auth.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if ("oauth_private_key_jwt" !== data3) {
        const err12 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/0/const", keyword: "const", params: { allowedValue: "oauth_private_key_jwt" }, message: "must be equal to constant", schema: "oauth_private_key_jwt", parentSchema: schema21.properties.auth.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid1 = valid1 || _valid0;
      const _errs12 = errors;
      if (typeof data3 !== "string") {
        const err13 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.auth.anyOf[1].type, parentSchema: schema21.properties.auth.anyOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if ("oauth_client_secret" !== data3) {
        const err14 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/1/const", keyword: "const", params: { allowedValue: "oauth_client_secret" }, message: "must be equal to constant", schema: "oauth_client_secret", parentSchema: schema21.properties.auth.anyOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      valid1 = valid1 || _valid0;
      const _errs14 = errors;
      if (typeof data3 !== "string") {
        const err15 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.auth.anyOf[2].type, parentSchema: schema21.properties.auth.anyOf[2], data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if ("api_key" !== data3) {
        const err16 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf/2/const", keyword: "const", params: { allowedValue: "api_key" }, message: "must be equal to constant", schema: "api_key", parentSchema: schema21.properties.auth.anyOf[2], data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs14 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err17 = { instancePath: instancePath + "/auth", schemaPath: "#/properties/auth/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema21.properties.auth.anyOf, parentSchema: schema21.properties.auth, data: data3 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.jwksUrl !== void 0) {
      let data4 = data.jwksUrl;
      if (typeof data4 === "string") {
        if (!pattern8.test(data4)) {
          const err18 = { instancePath: instancePath + "/jwksUrl", schemaPath: "#/properties/jwksUrl/pattern", keyword: "pattern", params: { pattern: "^https://\\S+$" }, message: 'must match pattern "^https://\\S+$"', schema: "^https://\\S+$", parentSchema: schema21.properties.jwksUrl, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/jwksUrl", schemaPath: "#/properties/jwksUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.jwksUrl.type, parentSchema: schema21.properties.jwksUrl, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.accessTokenTtlSeconds !== void 0) {
      let data5 = data.accessTokenTtlSeconds;
      if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
        const err20 = { instancePath: instancePath + "/accessTokenTtlSeconds", schemaPath: "#/properties/accessTokenTtlSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema21.properties.accessTokenTtlSeconds.type, parentSchema: schema21.properties.accessTokenTtlSeconds, data: data5 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 86400 || isNaN(data5)) {
          const err21 = { instancePath: instancePath + "/accessTokenTtlSeconds", schemaPath: "#/properties/accessTokenTtlSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema21.properties.accessTokenTtlSeconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data5 < 3600 || isNaN(data5)) {
          const err22 = { instancePath: instancePath + "/accessTokenTtlSeconds", schemaPath: "#/properties/accessTokenTtlSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 3600 }, message: "must be >= 3600", schema: 3600, parentSchema: schema21.properties.accessTokenTtlSeconds, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
validate55.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema22 = { "additionalProperties": false, "description": "v1 org settings. Only the keys listed here are managed; other live settings are left alone.", "type": "object", "properties": { "requestAccess": { "additionalProperties": false, "description": "Access requests to the org (v1 org settings `requestAccess`).", "type": "object", "required": ["enabled"], "properties": { "enabled": { "description": "Whether users of the group may request access to this org.", "type": "boolean" } } }, "ignores": { "additionalProperties": false, "description": "Ignore policy of the org (v1 org settings `ignores`).", "type": "object", "properties": { "approvalWorkflowEnabled": { "description": "The Ignore Approval Workflow is enabled.", "type": "boolean" }, "autoApproveIgnores": { "description": "Pending ignores are approved automatically.", "type": "boolean" }, "reasonRequired": { "description": "A reason is required when creating ignores.", "type": "boolean" } } } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "requestAccess" || key0 === "ignores")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.requestAccess !== void 0) {
      let data0 = data.requestAccess;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.enabled === void 0) {
          const err1 = { instancePath: instancePath + "/requestAccess", schemaPath: "#/properties/requestAccess/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema22.properties.requestAccess.required, parentSchema: schema22.properties.requestAccess, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "enabled")) {
            const err2 = { instancePath: instancePath + "/requestAccess", schemaPath: "#/properties/requestAccess/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.properties.requestAccess, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.enabled !== void 0) {
          let data1 = data0.enabled;
          if (typeof data1 !== "boolean") {
            const err3 = { instancePath: instancePath + "/requestAccess/enabled", schemaPath: "#/properties/requestAccess/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.requestAccess.properties.enabled.type, parentSchema: schema22.properties.requestAccess.properties.enabled, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/requestAccess", schemaPath: "#/properties/requestAccess/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.requestAccess.type, parentSchema: schema22.properties.requestAccess, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data2 = data.ignores;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          if (!(key2 === "approvalWorkflowEnabled" || key2 === "autoApproveIgnores" || key2 === "reasonRequired")) {
            const err5 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22.properties.ignores, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.approvalWorkflowEnabled !== void 0) {
          let data3 = data2.approvalWorkflowEnabled;
          if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/ignores/approvalWorkflowEnabled", schemaPath: "#/properties/ignores/properties/approvalWorkflowEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.ignores.properties.approvalWorkflowEnabled.type, parentSchema: schema22.properties.ignores.properties.approvalWorkflowEnabled, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.autoApproveIgnores !== void 0) {
          let data4 = data2.autoApproveIgnores;
          if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/ignores/autoApproveIgnores", schemaPath: "#/properties/ignores/properties/autoApproveIgnores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.ignores.properties.autoApproveIgnores.type, parentSchema: schema22.properties.ignores.properties.autoApproveIgnores, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.reasonRequired !== void 0) {
          let data5 = data2.reasonRequired;
          if (typeof data5 !== "boolean") {
            const err8 = { instancePath: instancePath + "/ignores/reasonRequired", schemaPath: "#/properties/ignores/properties/reasonRequired/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema22.properties.ignores.properties.reasonRequired.type, parentSchema: schema22.properties.ignores.properties.reasonRequired, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.properties.ignores.type, parentSchema: schema22.properties.ignores, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema23 = { "additionalProperties": false, "description": "IaC settings of the org (REST `/orgs/{org_id}/settings/iac`).", "type": "object", "properties": { "customRules": { "$ref": "#/$defs/shared4" } } };
var schema24 = { "additionalProperties": false, "description": "IaC custom rules of the org.", "type": "object", "properties": { "isEnabled": { "description": "Whether IaC custom rules are used.", "type": "boolean" }, "ociRegistryUrl": { "minLength": 1, "description": "The URL of the OCI registry that holds the custom rules bundle.", "type": "string" }, "ociRegistryTag": { "minLength": 1, "description": "The tag of the custom rules bundle in the OCI registry.", "type": "string" }, "inheritFromParent": { "description": "Use the group's custom rules instead of the org's own.", "const": "group", "type": "string" } } };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate61.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "isEnabled" || key0 === "ociRegistryUrl" || key0 === "ociRegistryTag" || key0 === "inheritFromParent")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.isEnabled !== void 0) {
      let data0 = data.isEnabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/isEnabled", schemaPath: "#/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema24.properties.isEnabled.type, parentSchema: schema24.properties.isEnabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ociRegistryUrl !== void 0) {
      let data1 = data.ociRegistryUrl;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err2 = { instancePath: instancePath + "/ociRegistryUrl", schemaPath: "#/properties/ociRegistryUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.ociRegistryUrl, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/ociRegistryUrl", schemaPath: "#/properties/ociRegistryUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.ociRegistryUrl.type, parentSchema: schema24.properties.ociRegistryUrl, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.ociRegistryTag !== void 0) {
      let data2 = data.ociRegistryTag;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err4 = { instancePath: instancePath + "/ociRegistryTag", schemaPath: "#/properties/ociRegistryTag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.ociRegistryTag, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/ociRegistryTag", schemaPath: "#/properties/ociRegistryTag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.ociRegistryTag.type, parentSchema: schema24.properties.ociRegistryTag, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.inheritFromParent !== void 0) {
      let data3 = data.inheritFromParent;
      if (typeof data3 !== "string") {
        const err6 = { instancePath: instancePath + "/inheritFromParent", schemaPath: "#/properties/inheritFromParent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.inheritFromParent.type, parentSchema: schema24.properties.inheritFromParent, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("group" !== data3) {
        const err7 = { instancePath: instancePath + "/inheritFromParent", schemaPath: "#/properties/inheritFromParent/const", keyword: "const", params: { allowedValue: "group" }, message: "must be equal to constant", schema: "group", parentSchema: schema24.properties.inheritFromParent, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
validate61.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate60(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate60.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "customRules")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema23, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.customRules !== void 0) {
      if (!validate61(data.customRules, { instancePath: instancePath + "/customRules", parentData: data, parentDataProperty: "customRules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate60.errors = vErrors;
  return errors === 0;
}
validate60.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema25 = { "additionalProperties": false, "description": "The org's default notification settings (v1). Only the listed events and keys are managed; the other keys of a listed event keep their live values.", "type": "object", "properties": { "new-issues-remediations": { "$ref": "#/$defs/shared6" }, "project-imported": { "additionalProperties": false, "description": "A project was imported.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "test-limit": { "additionalProperties": false, "description": "The test limit is near.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "weekly-report": { "additionalProperties": false, "description": "The weekly report.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "request-updates": { "additionalProperties": false, "description": "Updates of ignore approval requests.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } }, "pending-requests": { "additionalProperties": false, "description": "Pending ignore approval requests.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" } } } } };
var schema26 = { "additionalProperties": false, "description": "New issues and remediations.", "type": "object", "properties": { "enabled": { "description": "Whether these notifications are sent.", "type": "boolean" }, "issueSeverity": { "description": "Severities notified: all or high.", "anyOf": [{ "const": "all", "type": "string" }, { "const": "high", "type": "string" }] }, "issueType": { "description": "Issue types notified: all, vuln, license or none.", "anyOf": [{ "const": "all", "type": "string" }, { "const": "vuln", "type": "string" }, { "const": "license", "type": "string" }, { "const": "none", "type": "string" }] } } };
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate65.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "issueSeverity" || key0 === "issueType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema26.properties.enabled.type, parentSchema: schema26.properties.enabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.issueSeverity !== void 0) {
      let data1 = data.issueSeverity;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (typeof data1 !== "string") {
        const err2 = { instancePath: instancePath + "/issueSeverity", schemaPath: "#/properties/issueSeverity/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueSeverity.anyOf[0].type, parentSchema: schema26.properties.issueSeverity.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ("all" !== data1) {
        const err3 = { instancePath: instancePath + "/issueSeverity", schemaPath: "#/properties/issueSeverity/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema26.properties.issueSeverity.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      const _errs8 = errors;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/issueSeverity", schemaPath: "#/properties/issueSeverity/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueSeverity.anyOf[1].type, parentSchema: schema26.properties.issueSeverity.anyOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("high" !== data1) {
        const err5 = { instancePath: instancePath + "/issueSeverity", schemaPath: "#/properties/issueSeverity/anyOf/1/const", keyword: "const", params: { allowedValue: "high" }, message: "must be equal to constant", schema: "high", parentSchema: schema26.properties.issueSeverity.anyOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err6 = { instancePath: instancePath + "/issueSeverity", schemaPath: "#/properties/issueSeverity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema26.properties.issueSeverity.anyOf, parentSchema: schema26.properties.issueSeverity, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.issueType !== void 0) {
      let data2 = data.issueType;
      const _errs11 = errors;
      let valid2 = false;
      const _errs12 = errors;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueType.anyOf[0].type, parentSchema: schema26.properties.issueType.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if ("all" !== data2) {
        const err8 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema26.properties.issueType.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid1 = _errs12 === errors;
      valid2 = valid2 || _valid1;
      const _errs14 = errors;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueType.anyOf[1].type, parentSchema: schema26.properties.issueType.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if ("vuln" !== data2) {
        const err10 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/1/const", keyword: "const", params: { allowedValue: "vuln" }, message: "must be equal to constant", schema: "vuln", parentSchema: schema26.properties.issueType.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid1 = _errs14 === errors;
      valid2 = valid2 || _valid1;
      const _errs16 = errors;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueType.anyOf[2].type, parentSchema: schema26.properties.issueType.anyOf[2], data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if ("license" !== data2) {
        const err12 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/2/const", keyword: "const", params: { allowedValue: "license" }, message: "must be equal to constant", schema: "license", parentSchema: schema26.properties.issueType.anyOf[2], data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid1 = _errs16 === errors;
      valid2 = valid2 || _valid1;
      const _errs18 = errors;
      if (typeof data2 !== "string") {
        const err13 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.issueType.anyOf[3].type, parentSchema: schema26.properties.issueType.anyOf[3], data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if ("none" !== data2) {
        const err14 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf/3/const", keyword: "const", params: { allowedValue: "none" }, message: "must be equal to constant", schema: "none", parentSchema: schema26.properties.issueType.anyOf[3], data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs18 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const err15 = { instancePath: instancePath + "/issueType", schemaPath: "#/properties/issueType/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema26.properties.issueType.anyOf, parentSchema: schema26.properties.issueType, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate65.errors = vErrors;
  return errors === 0;
}
validate65.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate64.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "new-issues-remediations" || key0 === "project-imported" || key0 === "test-limit" || key0 === "weekly-report" || key0 === "request-updates" || key0 === "pending-requests")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data["new-issues-remediations"] !== void 0) {
      if (!validate65(data["new-issues-remediations"], { instancePath: instancePath + "/new-issues-remediations", parentData: data, parentDataProperty: "new-issues-remediations", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
        errors = vErrors.length;
      }
    }
    if (data["project-imported"] !== void 0) {
      let data1 = data["project-imported"];
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "enabled")) {
            const err1 = { instancePath: instancePath + "/project-imported", schemaPath: "#/properties/project-imported/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties["project-imported"], data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data1.enabled !== void 0) {
          let data2 = data1.enabled;
          if (typeof data2 !== "boolean") {
            const err2 = { instancePath: instancePath + "/project-imported/enabled", schemaPath: "#/properties/project-imported/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties["project-imported"].properties.enabled.type, parentSchema: schema25.properties["project-imported"].properties.enabled, data: data2 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/project-imported", schemaPath: "#/properties/project-imported/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties["project-imported"].type, parentSchema: schema25.properties["project-imported"], data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["test-limit"] !== void 0) {
      let data3 = data["test-limit"];
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key2 in data3) {
          if (!(key2 === "enabled")) {
            const err4 = { instancePath: instancePath + "/test-limit", schemaPath: "#/properties/test-limit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties["test-limit"], data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data3.enabled !== void 0) {
          let data4 = data3.enabled;
          if (typeof data4 !== "boolean") {
            const err5 = { instancePath: instancePath + "/test-limit/enabled", schemaPath: "#/properties/test-limit/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties["test-limit"].properties.enabled.type, parentSchema: schema25.properties["test-limit"].properties.enabled, data: data4 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/test-limit", schemaPath: "#/properties/test-limit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties["test-limit"].type, parentSchema: schema25.properties["test-limit"], data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["weekly-report"] !== void 0) {
      let data5 = data["weekly-report"];
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key3 in data5) {
          if (!(key3 === "enabled")) {
            const err7 = { instancePath: instancePath + "/weekly-report", schemaPath: "#/properties/weekly-report/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties["weekly-report"], data: data5 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data5.enabled !== void 0) {
          let data6 = data5.enabled;
          if (typeof data6 !== "boolean") {
            const err8 = { instancePath: instancePath + "/weekly-report/enabled", schemaPath: "#/properties/weekly-report/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties["weekly-report"].properties.enabled.type, parentSchema: schema25.properties["weekly-report"].properties.enabled, data: data6 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/weekly-report", schemaPath: "#/properties/weekly-report/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties["weekly-report"].type, parentSchema: schema25.properties["weekly-report"], data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data["request-updates"] !== void 0) {
      let data7 = data["request-updates"];
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key4 in data7) {
          if (!(key4 === "enabled")) {
            const err10 = { instancePath: instancePath + "/request-updates", schemaPath: "#/properties/request-updates/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties["request-updates"], data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data7.enabled !== void 0) {
          let data8 = data7.enabled;
          if (typeof data8 !== "boolean") {
            const err11 = { instancePath: instancePath + "/request-updates/enabled", schemaPath: "#/properties/request-updates/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties["request-updates"].properties.enabled.type, parentSchema: schema25.properties["request-updates"].properties.enabled, data: data8 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/request-updates", schemaPath: "#/properties/request-updates/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties["request-updates"].type, parentSchema: schema25.properties["request-updates"], data: data7 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data["pending-requests"] !== void 0) {
      let data9 = data["pending-requests"];
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key5 in data9) {
          if (!(key5 === "enabled")) {
            const err13 = { instancePath: instancePath + "/pending-requests", schemaPath: "#/properties/pending-requests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25.properties["pending-requests"], data: data9 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data9.enabled !== void 0) {
          let data10 = data9.enabled;
          if (typeof data10 !== "boolean") {
            const err14 = { instancePath: instancePath + "/pending-requests/enabled", schemaPath: "#/properties/pending-requests/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema25.properties["pending-requests"].properties.enabled.type, parentSchema: schema25.properties["pending-requests"].properties.enabled, data: data10 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/pending-requests", schemaPath: "#/properties/pending-requests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.properties["pending-requests"].type, parentSchema: schema25.properties["pending-requests"], data: data9 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
validate64.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema27 = { "additionalProperties": false, "description": "A rule over the org's projects. Every rule that matches a project applies; two that set the same tag key or attribute to different values for one project are an error.", "type": "object", "required": ["match"], "properties": { "match": { "$ref": "#/$defs/shared8" }, "tags": { "$ref": "#/$defs/shared9" }, "attributes": { "$ref": "#/$defs/shared10" } } };
var schema28 = { "additionalProperties": false, "minProperties": 1, "description": "Which projects of the org the rule applies to: all that is given must hold. `{ name: '*' }` is every project.", "type": "object", "properties": { "name": { "minLength": 1, "maxLength": 1e3, "description": "Glob over the project's name (e.g. 'acme/payments-*'): `*` is any run of characters, `/` and `:` included; `?` is one character; case-sensitive.", "type": "string" }, "type": { "minLength": 1, "maxLength": 100, "description": "The project's type, exactly (e.g. 'npm', 'maven', 'sast').", "type": "string" }, "origin": { "minLength": 1, "maxLength": 100, "description": "The project's origin, exactly (e.g. 'github', 'cli', 'gitlab').", "type": "string" } } };
function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate70.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type" || key0 === "origin")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema28, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 1e3) {
          const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema28.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (func2(data0) < 1) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.name, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.name.type, parentSchema: schema28.properties.name, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (func2(data1) > 100) {
          const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema28.properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func2(data1) < 1) {
          const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.type.type, parentSchema: schema28.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.origin !== void 0) {
      let data2 = data.origin;
      if (typeof data2 === "string") {
        if (func2(data2) > 100) {
          const err8 = { instancePath: instancePath + "/origin", schemaPath: "#/properties/origin/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema28.properties.origin, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func2(data2) < 1) {
          const err9 = { instancePath: instancePath + "/origin", schemaPath: "#/properties/origin/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.properties.origin, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/origin", schemaPath: "#/properties/origin/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema28.properties.origin.type, parentSchema: schema28.properties.origin, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate70.errors = vErrors;
  return errors === 0;
}
validate70.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema29 = { "description": "Tags set on every project the rule matches. A key listed here is managed on those projects (its value is set); their other tags stay unless `prune.projectTags` is true.", "type": "array", "items": { "additionalProperties": false, "description": "A project tag (key and value).", "type": "object", "required": ["key", "value"], "properties": { "key": { "pattern": "^[A-Za-z0-9_-]{1,30}$", "description": "Tag key: letters, digits, `-` and `_`, at most 30 characters.", "type": "string" }, "value": { "pattern": "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", "description": "Tag value: letters, digits and `_ . ~ : / ? # @ & + = % -` (as in `acme/api@1.2:prod`), at most 256 characters.", "type": "string" } } } };
function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate72.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.key === void 0) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema29.items.required, parentSchema: schema29.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data0.value === void 0) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema29.items.required, parentSchema: schema29.items, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!(key0 === "key" || key0 === "value")) {
            const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29.items, data: data0 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          let data1 = data0.key;
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err3 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,30}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,30}$"', schema: "^[A-Za-z0-9_-]{1,30}$", parentSchema: schema29.items.properties.key, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/" + i0 + "/key", schemaPath: "#/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.items.properties.key.type, parentSchema: schema29.items.properties.key, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.value !== void 0) {
          let data2 = data0.value;
          if (typeof data2 === "string") {
            if (!pattern5.test(data2)) {
              const err5 = { instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/items/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$" }, message: 'must match pattern "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$"', schema: "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", parentSchema: schema29.items.properties.value, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/" + i0 + "/value", schemaPath: "#/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.items.properties.value.type, parentSchema: schema29.items.properties.value, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.items.type, parentSchema: schema29.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
  } else {
    const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  validate72.errors = vErrors;
  return errors === 0;
}
validate72.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema30 = { "additionalProperties": false, "minProperties": 1, "description": "Project attributes. An attribute a rule names replaces that list on the projects it matches (`[]` clears it); unnamed attributes are kept.", "type": "object", "properties": { "criticality": { "uniqueItems": true, "description": "Business criticality (REST `business_criticality`): 'critical', 'high', 'medium', 'low'.", "type": "array", "items": { "anyOf": [{ "const": "critical", "type": "string" }, { "const": "high", "type": "string" }, { "const": "medium", "type": "string" }, { "const": "low", "type": "string" }] } }, "environment": { "$ref": "#/$defs/shared11" }, "lifecycle": { "uniqueItems": true, "description": "Lifecycle (REST `lifecycle`): 'production', 'development', 'sandbox'.", "type": "array", "items": { "anyOf": [{ "const": "production", "type": "string" }, { "const": "development", "type": "string" }, { "const": "sandbox", "type": "string" }] } } } };
var func0 = require_equal().default;
var schema31 = { "uniqueItems": true, "description": "Environment (REST `environment`): 'frontend', 'backend', 'internal', 'external', 'mobile', 'saas', 'onprem', 'hosted', 'distributed'.", "type": "array", "items": { "anyOf": [{ "const": "frontend", "type": "string" }, { "const": "backend", "type": "string" }, { "const": "internal", "type": "string" }, { "const": "external", "type": "string" }, { "const": "mobile", "type": "string" }, { "const": "saas", "type": "string" }, { "const": "onprem", "type": "string" }, { "const": "hosted", "type": "string" }, { "const": "distributed", "type": "string" }] } };
function validate75(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate75.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      const _errs2 = errors;
      let valid2 = false;
      const _errs3 = errors;
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[0].type, parentSchema: schema31.items.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if ("frontend" !== data0) {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/0/const", keyword: "const", params: { allowedValue: "frontend" }, message: "must be equal to constant", schema: "frontend", parentSchema: schema31.items.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs3 === errors;
      valid2 = valid2 || _valid0;
      const _errs5 = errors;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[1].type, parentSchema: schema31.items.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if ("backend" !== data0) {
        const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/1/const", keyword: "const", params: { allowedValue: "backend" }, message: "must be equal to constant", schema: "backend", parentSchema: schema31.items.anyOf[1], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      const _errs7 = errors;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[2].type, parentSchema: schema31.items.anyOf[2], data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if ("internal" !== data0) {
        const err5 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/2/const", keyword: "const", params: { allowedValue: "internal" }, message: "must be equal to constant", schema: "internal", parentSchema: schema31.items.anyOf[2], data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      const _errs9 = errors;
      if (typeof data0 !== "string") {
        const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[3].type, parentSchema: schema31.items.anyOf[3], data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if ("external" !== data0) {
        const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/3/const", keyword: "const", params: { allowedValue: "external" }, message: "must be equal to constant", schema: "external", parentSchema: schema31.items.anyOf[3], data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid0 = _errs9 === errors;
      valid2 = valid2 || _valid0;
      const _errs11 = errors;
      if (typeof data0 !== "string") {
        const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[4].type, parentSchema: schema31.items.anyOf[4], data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if ("mobile" !== data0) {
        const err9 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/4/const", keyword: "const", params: { allowedValue: "mobile" }, message: "must be equal to constant", schema: "mobile", parentSchema: schema31.items.anyOf[4], data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      valid2 = valid2 || _valid0;
      const _errs13 = errors;
      if (typeof data0 !== "string") {
        const err10 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/5/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[5].type, parentSchema: schema31.items.anyOf[5], data: data0 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if ("saas" !== data0) {
        const err11 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/5/const", keyword: "const", params: { allowedValue: "saas" }, message: "must be equal to constant", schema: "saas", parentSchema: schema31.items.anyOf[5], data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid2 = valid2 || _valid0;
      const _errs15 = errors;
      if (typeof data0 !== "string") {
        const err12 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/6/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[6].type, parentSchema: schema31.items.anyOf[6], data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if ("onprem" !== data0) {
        const err13 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/6/const", keyword: "const", params: { allowedValue: "onprem" }, message: "must be equal to constant", schema: "onprem", parentSchema: schema31.items.anyOf[6], data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      valid2 = valid2 || _valid0;
      const _errs17 = errors;
      if (typeof data0 !== "string") {
        const err14 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/7/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[7].type, parentSchema: schema31.items.anyOf[7], data: data0 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if ("hosted" !== data0) {
        const err15 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/7/const", keyword: "const", params: { allowedValue: "hosted" }, message: "must be equal to constant", schema: "hosted", parentSchema: schema31.items.anyOf[7], data: data0 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      valid2 = valid2 || _valid0;
      const _errs19 = errors;
      if (typeof data0 !== "string") {
        const err16 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/8/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.items.anyOf[8].type, parentSchema: schema31.items.anyOf[8], data: data0 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if ("distributed" !== data0) {
        const err17 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf/8/const", keyword: "const", params: { allowedValue: "distributed" }, message: "must be equal to constant", schema: "distributed", parentSchema: schema31.items.anyOf[8], data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid0 = _errs19 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err18 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.items.anyOf, parentSchema: schema31.items, data: data0 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs2;
        if (vErrors !== null) {
          if (_errs2) {
            vErrors.length = _errs2;
          } else {
            vErrors = null;
          }
        }
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err19 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema31, data };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate75.errors = vErrors;
  return errors === 0;
}
validate75.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate74.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "criticality" || key0 === "environment" || key0 === "lifecycle")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.criticality !== void 0) {
      let data0 = data.criticality;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs5 = errors;
          let valid3 = false;
          const _errs6 = errors;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.criticality.items.anyOf[0].type, parentSchema: schema30.properties.criticality.items.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if ("critical" !== data1) {
            const err3 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/0/const", keyword: "const", params: { allowedValue: "critical" }, message: "must be equal to constant", schema: "critical", parentSchema: schema30.properties.criticality.items.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          valid3 = valid3 || _valid0;
          const _errs8 = errors;
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.criticality.items.anyOf[1].type, parentSchema: schema30.properties.criticality.items.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if ("high" !== data1) {
            const err5 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/1/const", keyword: "const", params: { allowedValue: "high" }, message: "must be equal to constant", schema: "high", parentSchema: schema30.properties.criticality.items.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs8 === errors;
          valid3 = valid3 || _valid0;
          const _errs10 = errors;
          if (typeof data1 !== "string") {
            const err6 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.criticality.items.anyOf[2].type, parentSchema: schema30.properties.criticality.items.anyOf[2], data: data1 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if ("medium" !== data1) {
            const err7 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/2/const", keyword: "const", params: { allowedValue: "medium" }, message: "must be equal to constant", schema: "medium", parentSchema: schema30.properties.criticality.items.anyOf[2], data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid3 = valid3 || _valid0;
          const _errs12 = errors;
          if (typeof data1 !== "string") {
            const err8 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.criticality.items.anyOf[3].type, parentSchema: schema30.properties.criticality.items.anyOf[3], data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if ("low" !== data1) {
            const err9 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf/3/const", keyword: "const", params: { allowedValue: "low" }, message: "must be equal to constant", schema: "low", parentSchema: schema30.properties.criticality.items.anyOf[3], data: data1 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          var _valid0 = _errs12 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const err10 = { instancePath: instancePath + "/criticality/" + i0, schemaPath: "#/properties/criticality/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.criticality.items.anyOf, parentSchema: schema30.properties.criticality.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs5;
            if (vErrors !== null) {
              if (_errs5) {
                vErrors.length = _errs5;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err11 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema30.properties.criticality, data: data0 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/criticality", schemaPath: "#/properties/criticality/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.criticality.type, parentSchema: schema30.properties.criticality, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      if (!validate75(data.environment, { instancePath: instancePath + "/environment", parentData: data, parentDataProperty: "environment", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
        errors = vErrors.length;
      }
    }
    if (data.lifecycle !== void 0) {
      let data3 = data.lifecycle;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data4 = data3[i2];
          const _errs18 = errors;
          let valid7 = false;
          const _errs19 = errors;
          if (typeof data4 !== "string") {
            const err13 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.lifecycle.items.anyOf[0].type, parentSchema: schema30.properties.lifecycle.items.anyOf[0], data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if ("production" !== data4) {
            const err14 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/0/const", keyword: "const", params: { allowedValue: "production" }, message: "must be equal to constant", schema: "production", parentSchema: schema30.properties.lifecycle.items.anyOf[0], data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          var _valid1 = _errs19 === errors;
          valid7 = valid7 || _valid1;
          const _errs21 = errors;
          if (typeof data4 !== "string") {
            const err15 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.lifecycle.items.anyOf[1].type, parentSchema: schema30.properties.lifecycle.items.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if ("development" !== data4) {
            const err16 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/1/const", keyword: "const", params: { allowedValue: "development" }, message: "must be equal to constant", schema: "development", parentSchema: schema30.properties.lifecycle.items.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          var _valid1 = _errs21 === errors;
          valid7 = valid7 || _valid1;
          const _errs23 = errors;
          if (typeof data4 !== "string") {
            const err17 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.properties.lifecycle.items.anyOf[2].type, parentSchema: schema30.properties.lifecycle.items.anyOf[2], data: data4 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if ("sandbox" !== data4) {
            const err18 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf/2/const", keyword: "const", params: { allowedValue: "sandbox" }, message: "must be equal to constant", schema: "sandbox", parentSchema: schema30.properties.lifecycle.items.anyOf[2], data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid1 = _errs23 === errors;
          valid7 = valid7 || _valid1;
          if (!valid7) {
            const err19 = { instancePath: instancePath + "/lifecycle/" + i2, schemaPath: "#/properties/lifecycle/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.properties.lifecycle.items.anyOf, parentSchema: schema30.properties.lifecycle.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs18;
            if (vErrors !== null) {
              if (_errs18) {
                vErrors.length = _errs18;
              } else {
                vErrors = null;
              }
            }
          }
        }
        let i3 = data3.length;
        let j1;
        if (i3 > 1) {
          outer1: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data3[i3], data3[j1])) {
                const err20 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema30.properties.lifecycle, data: data3 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
                break outer1;
              }
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.properties.lifecycle.type, parentSchema: schema30.properties.lifecycle, data: data3 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate74.errors = vErrors;
  return errors === 0;
}
validate74.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate69(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate69.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.match === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "match" || key0 === "tags" || key0 === "attributes")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.match !== void 0) {
      if (!validate70(data.match, { instancePath: instancePath + "/match", parentData: data, parentDataProperty: "match", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
        errors = vErrors.length;
      }
    }
    if (data.tags !== void 0) {
      if (!validate72(data.tags, { instancePath: instancePath + "/tags", parentData: data, parentDataProperty: "tags", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
        errors = vErrors.length;
      }
    }
    if (data.attributes !== void 0) {
      if (!validate74(data.attributes, { instancePath: instancePath + "/attributes", parentData: data, parentDataProperty: "attributes", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate69.errors = vErrors;
  return errors === 0;
}
validate69.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema32 = { "additionalProperties": false, "description": "Integrations by type, as GET /v1/org/{orgId}/integrations names them (github, github-cloud-app, gitlab, bitbucket-cloud, ...).", "type": "object", "properties": { "acr": { "$ref": "#/$defs/shared13" }, "artifactory-cr": { "$ref": "#/$defs/shared13" }, "azure-repos": { "$ref": "#/$defs/shared13" }, "bitbucket-cloud": { "$ref": "#/$defs/shared13" }, "bitbucket-connect-app": { "$ref": "#/$defs/shared13" }, "bitbucket-server": { "$ref": "#/$defs/shared13" }, "digitalocean-cr": { "$ref": "#/$defs/shared13" }, "docker-hub": { "$ref": "#/$defs/shared13" }, "ecr": { "$ref": "#/$defs/shared13" }, "gcr": { "$ref": "#/$defs/shared13" }, "github": { "$ref": "#/$defs/shared13" }, "github-cloud-app": { "$ref": "#/$defs/shared13" }, "github-cr": { "$ref": "#/$defs/shared13" }, "github-enterprise": { "$ref": "#/$defs/shared13" }, "github-server-app": { "$ref": "#/$defs/shared13" }, "gitlab": { "$ref": "#/$defs/shared13" }, "gitlab-cr": { "$ref": "#/$defs/shared13" }, "google-artifact-cr": { "$ref": "#/$defs/shared13" }, "harbor-cr": { "$ref": "#/$defs/shared13" }, "nexus-cr": { "$ref": "#/$defs/shared13" }, "quay-cr": { "$ref": "#/$defs/shared13" } } };
var schema33 = { "additionalProperties": false, "description": "An integration the org has. Adding one needs SCM credentials, which never go in this file: a listed type the org lacks is a warning, unless `from` names an org to clone it from.", "type": "object", "properties": { "from": { "pattern": "^[\\w.-]{1,100}$", "description": "Slug of another org of the group (in this file or live) to clone this integration from, credentials included, when the org lacks it (v1 `POST /org/{orgId}/integrations/{integrationId}/clone`).", "type": "string" }, "settings": { "$ref": "#/$defs/shared14" } } };
var schema34 = { "additionalProperties": false, "description": "v1 integration settings, by the names real Snyk bodies use (and the spec's names where Snyk takes both). Only the listed keys are managed; an update keeps the live values of the others.", "type": "object", "properties": { "autoDepUpgradeEnabled": { "description": "Automatic dependency upgrade pull requests are opened.", "type": "boolean" }, "autoDepUpgradeLimit": { "minimum": 0, "description": "How many dependency upgrade PRs may be open at once.", "type": "number" }, "autoDepUpgradeIgnoredDependencies": { "description": "Dependencies never upgraded automatically.", "type": "array", "items": { "type": "string" } }, "autoDepUpgradeMinAge": { "minimum": 0, "description": "Days a new version must have been out before an upgrade PR.", "type": "number" }, "autoPrivateDepUpgradeEnabled": { "description": "Upgrade PRs also cover private (registry) dependencies.", "type": "boolean" }, "isMajorUpgradeEnabled": { "description": "Upgrade PRs may move to a new major version.", "type": "boolean" }, "pullRequestTestEnabled": { "description": "Pull requests are tested by Snyk (the PR check).", "type": "boolean" }, "pullRequestFailOnAnyVulns": { "description": "A PR check fails when any vulnerable dependency is found.", "type": "boolean" }, "pullRequestFailOnlyForHighSeverity": { "description": "A PR check fails only for high-severity issues.", "type": "boolean" }, "pullRequestFailOnlyForIssuesWithFix": { "description": "A PR check fails only for issues that have a fix.", "type": "boolean" }, "pullRequestTestCodeEnabled": { "description": "Pull requests are tested with Snyk Code.", "type": "boolean" }, "pullRequestFailOnAnyCodeIssues": { "description": "A Snyk Code PR check fails on any issue, whatever its severity.", "type": "boolean" }, "pullRequestTestCodeSeverity": { "description": "Lowest Snyk Code severity that fails a PR check: low, medium, high or null.", "anyOf": [{ "const": "low", "type": "string" }, { "const": "medium", "type": "string" }, { "const": "high", "type": "string" }, { "type": "null" }] }, "pullRequestAssignment": { "$ref": "#/$defs/shared15" }, "autoRemediationPrs": { "$ref": "#/$defs/shared16" }, "manualRemediationPrs": { "additionalProperties": false, "description": "Manual remediation pull requests.", "type": "object", "properties": { "useManualPatchRemediation": { "description": "Manual fix PRs may use patches (the name Snyk uses).", "type": "boolean" }, "usePatchRemediation": { "description": "The spec's name for useManualPatchRemediation: written under the name the live settings use.", "type": "boolean" } } }, "reachableVulns": { "additionalProperties": false, "description": "Reachable vulnerabilities analysis.", "type": "object", "properties": { "enabled": { "description": "Reachable vulnerabilities analysis is on.", "type": "boolean" } } }, "dockerfileSCMEnabled": { "description": "Dockerfiles in the repositories are detected and scanned.", "type": "boolean" } } };
var schema35 = { "description": "Assignment of Snyk PRs: an object `{ enabled, type, assignees }`, or the spec's string.", "anyOf": [{ "additionalProperties": false, "description": "Who Snyk assigns its PRs to (the shape real bodies carry).", "type": "object", "properties": { "enabled": { "description": "Snyk assigns its PRs to someone.", "type": "boolean" }, "type": { "maxLength": 50, "description": "How assignees are chosen: `auto` or `manual`.", "type": "string" }, "assignees": { "description": "SCM users assigned (type manual).", "type": "array", "items": { "maxLength": 200, "type": "string" } } } }, { "maxLength": 200, "description": "The spec's string form.", "type": "string" }] };
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate82.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "type" || key0 === "assignees")) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema35.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/anyOf/0/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema35.anyOf[0].properties.enabled.type, parentSchema: schema35.anyOf[0].properties.enabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (typeof data1 === "string") {
        if (func2(data1) > 50) {
          const err2 = { instancePath: instancePath + "/type", schemaPath: "#/anyOf/0/properties/type/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema35.anyOf[0].properties.type, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/type", schemaPath: "#/anyOf/0/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.anyOf[0].properties.type.type, parentSchema: schema35.anyOf[0].properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.assignees !== void 0) {
      let data2 = data.assignees;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) > 200) {
              const err4 = { instancePath: instancePath + "/assignees/" + i0, schemaPath: "#/anyOf/0/properties/assignees/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema35.anyOf[0].properties.assignees.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/assignees/" + i0, schemaPath: "#/anyOf/0/properties/assignees/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.anyOf[0].properties.assignees.items.type, parentSchema: schema35.anyOf[0].properties.assignees.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/assignees", schemaPath: "#/anyOf/0/properties/assignees/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.anyOf[0].properties.assignees.type, parentSchema: schema35.anyOf[0].properties.assignees, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.anyOf[0].type, parentSchema: schema35.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var props0 = true;
  }
  const _errs12 = errors;
  if (typeof data === "string") {
    if (func2(data) > 200) {
      const err8 = { instancePath, schemaPath: "#/anyOf/1/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema35.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.anyOf[1].type, parentSchema: schema35.anyOf[1], data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  var _valid0 = _errs12 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const err10 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.anyOf, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate82.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate82.evaluated = { "dynamicProps": true, "dynamicItems": false };
var schema36 = { "additionalProperties": false, "description": "Automatic remediation pull requests.", "type": "object", "properties": { "freshPrsEnabled": { "description": "Fix PRs for newly found issues (or old ones that became fixable).", "type": "boolean" }, "backlogPrsEnabled": { "description": "Fix PRs for prioritised backlog issues.", "type": "boolean" }, "backlogPrStrategy": { "description": "What a backlog PR fixes: one vulnerability or one dependency.", "anyOf": [{ "const": "vuln", "type": "string" }, { "const": "dependency", "type": "string" }] }, "usePatchRemediation": { "description": "Fix PRs may use patches.", "type": "boolean" }, "customRule": { "description": "A custom rule for fix PRs, kept as Snyk returns it." } } };
function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate84.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "freshPrsEnabled" || key0 === "backlogPrsEnabled" || key0 === "backlogPrStrategy" || key0 === "usePatchRemediation" || key0 === "customRule")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.freshPrsEnabled !== void 0) {
      let data0 = data.freshPrsEnabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/freshPrsEnabled", schemaPath: "#/properties/freshPrsEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.freshPrsEnabled.type, parentSchema: schema36.properties.freshPrsEnabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.backlogPrsEnabled !== void 0) {
      let data1 = data.backlogPrsEnabled;
      if (typeof data1 !== "boolean") {
        const err2 = { instancePath: instancePath + "/backlogPrsEnabled", schemaPath: "#/properties/backlogPrsEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.backlogPrsEnabled.type, parentSchema: schema36.properties.backlogPrsEnabled, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.backlogPrStrategy !== void 0) {
      let data2 = data.backlogPrStrategy;
      const _errs7 = errors;
      let valid1 = false;
      const _errs8 = errors;
      if (typeof data2 !== "string") {
        const err3 = { instancePath: instancePath + "/backlogPrStrategy", schemaPath: "#/properties/backlogPrStrategy/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.backlogPrStrategy.anyOf[0].type, parentSchema: schema36.properties.backlogPrStrategy.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if ("vuln" !== data2) {
        const err4 = { instancePath: instancePath + "/backlogPrStrategy", schemaPath: "#/properties/backlogPrStrategy/anyOf/0/const", keyword: "const", params: { allowedValue: "vuln" }, message: "must be equal to constant", schema: "vuln", parentSchema: schema36.properties.backlogPrStrategy.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      const _errs10 = errors;
      if (typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/backlogPrStrategy", schemaPath: "#/properties/backlogPrStrategy/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.properties.backlogPrStrategy.anyOf[1].type, parentSchema: schema36.properties.backlogPrStrategy.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if ("dependency" !== data2) {
        const err6 = { instancePath: instancePath + "/backlogPrStrategy", schemaPath: "#/properties/backlogPrStrategy/anyOf/1/const", keyword: "const", params: { allowedValue: "dependency" }, message: "must be equal to constant", schema: "dependency", parentSchema: schema36.properties.backlogPrStrategy.anyOf[1], data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err7 = { instancePath: instancePath + "/backlogPrStrategy", schemaPath: "#/properties/backlogPrStrategy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema36.properties.backlogPrStrategy.anyOf, parentSchema: schema36.properties.backlogPrStrategy, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs7;
        if (vErrors !== null) {
          if (_errs7) {
            vErrors.length = _errs7;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.usePatchRemediation !== void 0) {
      let data3 = data.usePatchRemediation;
      if (typeof data3 !== "boolean") {
        const err8 = { instancePath: instancePath + "/usePatchRemediation", schemaPath: "#/properties/usePatchRemediation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema36.properties.usePatchRemediation.type, parentSchema: schema36.properties.usePatchRemediation, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate84.errors = vErrors;
  return errors === 0;
}
validate84.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate81.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema34.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.autoDepUpgradeEnabled !== void 0) {
      let data0 = data.autoDepUpgradeEnabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/autoDepUpgradeEnabled", schemaPath: "#/properties/autoDepUpgradeEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.autoDepUpgradeEnabled.type, parentSchema: schema34.properties.autoDepUpgradeEnabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.autoDepUpgradeLimit !== void 0) {
      let data1 = data.autoDepUpgradeLimit;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err2 = { instancePath: instancePath + "/autoDepUpgradeLimit", schemaPath: "#/properties/autoDepUpgradeLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.autoDepUpgradeLimit, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/autoDepUpgradeLimit", schemaPath: "#/properties/autoDepUpgradeLimit/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.autoDepUpgradeLimit.type, parentSchema: schema34.properties.autoDepUpgradeLimit, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.autoDepUpgradeIgnoredDependencies !== void 0) {
      let data2 = data.autoDepUpgradeIgnoredDependencies;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 !== "string") {
            const err4 = { instancePath: instancePath + "/autoDepUpgradeIgnoredDependencies/" + i0, schemaPath: "#/properties/autoDepUpgradeIgnoredDependencies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.autoDepUpgradeIgnoredDependencies.items.type, parentSchema: schema34.properties.autoDepUpgradeIgnoredDependencies.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/autoDepUpgradeIgnoredDependencies", schemaPath: "#/properties/autoDepUpgradeIgnoredDependencies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema34.properties.autoDepUpgradeIgnoredDependencies.type, parentSchema: schema34.properties.autoDepUpgradeIgnoredDependencies, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.autoDepUpgradeMinAge !== void 0) {
      let data4 = data.autoDepUpgradeMinAge;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 < 0 || isNaN(data4)) {
          const err6 = { instancePath: instancePath + "/autoDepUpgradeMinAge", schemaPath: "#/properties/autoDepUpgradeMinAge/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34.properties.autoDepUpgradeMinAge, data: data4 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/autoDepUpgradeMinAge", schemaPath: "#/properties/autoDepUpgradeMinAge/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema34.properties.autoDepUpgradeMinAge.type, parentSchema: schema34.properties.autoDepUpgradeMinAge, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.autoPrivateDepUpgradeEnabled !== void 0) {
      let data5 = data.autoPrivateDepUpgradeEnabled;
      if (typeof data5 !== "boolean") {
        const err8 = { instancePath: instancePath + "/autoPrivateDepUpgradeEnabled", schemaPath: "#/properties/autoPrivateDepUpgradeEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.autoPrivateDepUpgradeEnabled.type, parentSchema: schema34.properties.autoPrivateDepUpgradeEnabled, data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.isMajorUpgradeEnabled !== void 0) {
      let data6 = data.isMajorUpgradeEnabled;
      if (typeof data6 !== "boolean") {
        const err9 = { instancePath: instancePath + "/isMajorUpgradeEnabled", schemaPath: "#/properties/isMajorUpgradeEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.isMajorUpgradeEnabled.type, parentSchema: schema34.properties.isMajorUpgradeEnabled, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.pullRequestTestEnabled !== void 0) {
      let data7 = data.pullRequestTestEnabled;
      if (typeof data7 !== "boolean") {
        const err10 = { instancePath: instancePath + "/pullRequestTestEnabled", schemaPath: "#/properties/pullRequestTestEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestTestEnabled.type, parentSchema: schema34.properties.pullRequestTestEnabled, data: data7 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.pullRequestFailOnAnyVulns !== void 0) {
      let data8 = data.pullRequestFailOnAnyVulns;
      if (typeof data8 !== "boolean") {
        const err11 = { instancePath: instancePath + "/pullRequestFailOnAnyVulns", schemaPath: "#/properties/pullRequestFailOnAnyVulns/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestFailOnAnyVulns.type, parentSchema: schema34.properties.pullRequestFailOnAnyVulns, data: data8 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.pullRequestFailOnlyForHighSeverity !== void 0) {
      let data9 = data.pullRequestFailOnlyForHighSeverity;
      if (typeof data9 !== "boolean") {
        const err12 = { instancePath: instancePath + "/pullRequestFailOnlyForHighSeverity", schemaPath: "#/properties/pullRequestFailOnlyForHighSeverity/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestFailOnlyForHighSeverity.type, parentSchema: schema34.properties.pullRequestFailOnlyForHighSeverity, data: data9 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.pullRequestFailOnlyForIssuesWithFix !== void 0) {
      let data10 = data.pullRequestFailOnlyForIssuesWithFix;
      if (typeof data10 !== "boolean") {
        const err13 = { instancePath: instancePath + "/pullRequestFailOnlyForIssuesWithFix", schemaPath: "#/properties/pullRequestFailOnlyForIssuesWithFix/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestFailOnlyForIssuesWithFix.type, parentSchema: schema34.properties.pullRequestFailOnlyForIssuesWithFix, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.pullRequestTestCodeEnabled !== void 0) {
      let data11 = data.pullRequestTestCodeEnabled;
      if (typeof data11 !== "boolean") {
        const err14 = { instancePath: instancePath + "/pullRequestTestCodeEnabled", schemaPath: "#/properties/pullRequestTestCodeEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestTestCodeEnabled.type, parentSchema: schema34.properties.pullRequestTestCodeEnabled, data: data11 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.pullRequestFailOnAnyCodeIssues !== void 0) {
      let data12 = data.pullRequestFailOnAnyCodeIssues;
      if (typeof data12 !== "boolean") {
        const err15 = { instancePath: instancePath + "/pullRequestFailOnAnyCodeIssues", schemaPath: "#/properties/pullRequestFailOnAnyCodeIssues/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.pullRequestFailOnAnyCodeIssues.type, parentSchema: schema34.properties.pullRequestFailOnAnyCodeIssues, data: data12 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.pullRequestTestCodeSeverity !== void 0) {
      let data13 = data.pullRequestTestCodeSeverity;
      const _errs29 = errors;
      let valid3 = false;
      const _errs30 = errors;
      if (typeof data13 !== "string") {
        const err16 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.pullRequestTestCodeSeverity.anyOf[0].type, parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if ("low" !== data13) {
        const err17 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/0/const", keyword: "const", params: { allowedValue: "low" }, message: "must be equal to constant", schema: "low", parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[0], data: data13 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      var _valid0 = _errs30 === errors;
      valid3 = valid3 || _valid0;
      const _errs32 = errors;
      if (typeof data13 !== "string") {
        const err18 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.pullRequestTestCodeSeverity.anyOf[1].type, parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if ("medium" !== data13) {
        const err19 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/1/const", keyword: "const", params: { allowedValue: "medium" }, message: "must be equal to constant", schema: "medium", parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[1], data: data13 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs32 === errors;
      valid3 = valid3 || _valid0;
      const _errs34 = errors;
      if (typeof data13 !== "string") {
        const err20 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.properties.pullRequestTestCodeSeverity.anyOf[2].type, parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[2], data: data13 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if ("high" !== data13) {
        const err21 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/2/const", keyword: "const", params: { allowedValue: "high" }, message: "must be equal to constant", schema: "high", parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[2], data: data13 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid0 = _errs34 === errors;
      valid3 = valid3 || _valid0;
      const _errs36 = errors;
      if (data13 !== null) {
        const err22 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf/3/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema34.properties.pullRequestTestCodeSeverity.anyOf[3].type, parentSchema: schema34.properties.pullRequestTestCodeSeverity.anyOf[3], data: data13 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid0 = _errs36 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err23 = { instancePath: instancePath + "/pullRequestTestCodeSeverity", schemaPath: "#/properties/pullRequestTestCodeSeverity/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.properties.pullRequestTestCodeSeverity.anyOf, parentSchema: schema34.properties.pullRequestTestCodeSeverity, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs29;
        if (vErrors !== null) {
          if (_errs29) {
            vErrors.length = _errs29;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.pullRequestAssignment !== void 0) {
      if (!validate82(data.pullRequestAssignment, { instancePath: instancePath + "/pullRequestAssignment", parentData: data, parentDataProperty: "pullRequestAssignment", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
        errors = vErrors.length;
      }
    }
    if (data.autoRemediationPrs !== void 0) {
      if (!validate84(data.autoRemediationPrs, { instancePath: instancePath + "/autoRemediationPrs", parentData: data, parentDataProperty: "autoRemediationPrs", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
        errors = vErrors.length;
      }
    }
    if (data.manualRemediationPrs !== void 0) {
      let data16 = data.manualRemediationPrs;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key1 in data16) {
          if (!(key1 === "useManualPatchRemediation" || key1 === "usePatchRemediation")) {
            const err24 = { instancePath: instancePath + "/manualRemediationPrs", schemaPath: "#/properties/manualRemediationPrs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.manualRemediationPrs, data: data16 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data16.useManualPatchRemediation !== void 0) {
          let data17 = data16.useManualPatchRemediation;
          if (typeof data17 !== "boolean") {
            const err25 = { instancePath: instancePath + "/manualRemediationPrs/useManualPatchRemediation", schemaPath: "#/properties/manualRemediationPrs/properties/useManualPatchRemediation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.manualRemediationPrs.properties.useManualPatchRemediation.type, parentSchema: schema34.properties.manualRemediationPrs.properties.useManualPatchRemediation, data: data17 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data16.usePatchRemediation !== void 0) {
          let data18 = data16.usePatchRemediation;
          if (typeof data18 !== "boolean") {
            const err26 = { instancePath: instancePath + "/manualRemediationPrs/usePatchRemediation", schemaPath: "#/properties/manualRemediationPrs/properties/usePatchRemediation/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.manualRemediationPrs.properties.usePatchRemediation.type, parentSchema: schema34.properties.manualRemediationPrs.properties.usePatchRemediation, data: data18 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/manualRemediationPrs", schemaPath: "#/properties/manualRemediationPrs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.manualRemediationPrs.type, parentSchema: schema34.properties.manualRemediationPrs, data: data16 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.reachableVulns !== void 0) {
      let data19 = data.reachableVulns;
      if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
        for (const key2 in data19) {
          if (!(key2 === "enabled")) {
            const err28 = { instancePath: instancePath + "/reachableVulns", schemaPath: "#/properties/reachableVulns/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34.properties.reachableVulns, data: data19 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data19.enabled !== void 0) {
          let data20 = data19.enabled;
          if (typeof data20 !== "boolean") {
            const err29 = { instancePath: instancePath + "/reachableVulns/enabled", schemaPath: "#/properties/reachableVulns/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.reachableVulns.properties.enabled.type, parentSchema: schema34.properties.reachableVulns.properties.enabled, data: data20 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/reachableVulns", schemaPath: "#/properties/reachableVulns/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.properties.reachableVulns.type, parentSchema: schema34.properties.reachableVulns, data: data19 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.dockerfileSCMEnabled !== void 0) {
      let data21 = data.dockerfileSCMEnabled;
      if (typeof data21 !== "boolean") {
        const err31 = { instancePath: instancePath + "/dockerfileSCMEnabled", schemaPath: "#/properties/dockerfileSCMEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema34.properties.dockerfileSCMEnabled.type, parentSchema: schema34.properties.dockerfileSCMEnabled, data: data21 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate81.errors = vErrors;
  return errors === 0;
}
validate81.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate80.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "from" || key0 === "settings")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.from !== void 0) {
      let data0 = data.from;
      if (typeof data0 === "string") {
        if (!pattern11.test(data0)) {
          const err1 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/pattern", keyword: "pattern", params: { pattern: "^[\\w.-]{1,100}$" }, message: 'must match pattern "^[\\w.-]{1,100}$"', schema: "^[\\w.-]{1,100}$", parentSchema: schema33.properties.from, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.properties.from.type, parentSchema: schema33.properties.from, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.settings !== void 0) {
      if (!validate81(data.settings, { instancePath: instancePath + "/settings", parentData: data, parentDataProperty: "settings", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
validate80.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate79.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema32.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema32, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.acr !== void 0) {
      if (!validate80(data.acr, { instancePath: instancePath + "/acr", parentData: data, parentDataProperty: "acr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["artifactory-cr"] !== void 0) {
      if (!validate80(data["artifactory-cr"], { instancePath: instancePath + "/artifactory-cr", parentData: data, parentDataProperty: "artifactory-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["azure-repos"] !== void 0) {
      if (!validate80(data["azure-repos"], { instancePath: instancePath + "/azure-repos", parentData: data, parentDataProperty: "azure-repos", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["bitbucket-cloud"] !== void 0) {
      if (!validate80(data["bitbucket-cloud"], { instancePath: instancePath + "/bitbucket-cloud", parentData: data, parentDataProperty: "bitbucket-cloud", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["bitbucket-connect-app"] !== void 0) {
      if (!validate80(data["bitbucket-connect-app"], { instancePath: instancePath + "/bitbucket-connect-app", parentData: data, parentDataProperty: "bitbucket-connect-app", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["bitbucket-server"] !== void 0) {
      if (!validate80(data["bitbucket-server"], { instancePath: instancePath + "/bitbucket-server", parentData: data, parentDataProperty: "bitbucket-server", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["digitalocean-cr"] !== void 0) {
      if (!validate80(data["digitalocean-cr"], { instancePath: instancePath + "/digitalocean-cr", parentData: data, parentDataProperty: "digitalocean-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["docker-hub"] !== void 0) {
      if (!validate80(data["docker-hub"], { instancePath: instancePath + "/docker-hub", parentData: data, parentDataProperty: "docker-hub", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.ecr !== void 0) {
      if (!validate80(data.ecr, { instancePath: instancePath + "/ecr", parentData: data, parentDataProperty: "ecr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.gcr !== void 0) {
      if (!validate80(data.gcr, { instancePath: instancePath + "/gcr", parentData: data, parentDataProperty: "gcr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.github !== void 0) {
      if (!validate80(data.github, { instancePath: instancePath + "/github", parentData: data, parentDataProperty: "github", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["github-cloud-app"] !== void 0) {
      if (!validate80(data["github-cloud-app"], { instancePath: instancePath + "/github-cloud-app", parentData: data, parentDataProperty: "github-cloud-app", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["github-cr"] !== void 0) {
      if (!validate80(data["github-cr"], { instancePath: instancePath + "/github-cr", parentData: data, parentDataProperty: "github-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["github-enterprise"] !== void 0) {
      if (!validate80(data["github-enterprise"], { instancePath: instancePath + "/github-enterprise", parentData: data, parentDataProperty: "github-enterprise", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["github-server-app"] !== void 0) {
      if (!validate80(data["github-server-app"], { instancePath: instancePath + "/github-server-app", parentData: data, parentDataProperty: "github-server-app", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.gitlab !== void 0) {
      if (!validate80(data.gitlab, { instancePath: instancePath + "/gitlab", parentData: data, parentDataProperty: "gitlab", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["gitlab-cr"] !== void 0) {
      if (!validate80(data["gitlab-cr"], { instancePath: instancePath + "/gitlab-cr", parentData: data, parentDataProperty: "gitlab-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["google-artifact-cr"] !== void 0) {
      if (!validate80(data["google-artifact-cr"], { instancePath: instancePath + "/google-artifact-cr", parentData: data, parentDataProperty: "google-artifact-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["harbor-cr"] !== void 0) {
      if (!validate80(data["harbor-cr"], { instancePath: instancePath + "/harbor-cr", parentData: data, parentDataProperty: "harbor-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["nexus-cr"] !== void 0) {
      if (!validate80(data["nexus-cr"], { instancePath: instancePath + "/nexus-cr", parentData: data, parentDataProperty: "nexus-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data["quay-cr"] !== void 0) {
      if (!validate80(data["quay-cr"], { instancePath: instancePath + "/quay-cr", parentData: data, parentDataProperty: "quay-cr", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
validate79.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema37 = { "additionalProperties": false, "description": "An outbound webhook of the org, identified by its url.", "type": "object", "required": ["url", "secret"], "properties": { "url": { "maxLength": 2e3, "pattern": "^https://[^\\s/?#]+[^\\s]*$", "description": "The webhook URL, its identity in the org: an https URL (Snyk delivers to https only).", "type": "string" }, "secret": { "additionalProperties": false, "description": "Where the signing secret comes from. It is read at apply, only when the webhook is created, and never printed, stored or compared (Snyk cannot return it).", "type": "object", "required": ["env"], "properties": { "env": { "pattern": "^[A-Za-z_][A-Za-z0-9_]*$", "maxLength": 200, "description": "The environment variable that holds the secret: a variable name (letters, digits and `_`, not starting with a digit).", "type": "string" } } } } };
var pattern12 = new RegExp("^https://[^\\s/?#]+[^\\s]*$", "u");
var pattern13 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate109.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.secret === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property 'secret'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "url" || key0 === "secret")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 === "string") {
        if (func2(data0) > 2e3) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters", schema: 2e3, parentSchema: schema37.properties.url, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern12.test(data0)) {
          const err4 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/pattern", keyword: "pattern", params: { pattern: "^https://[^\\s/?#]+[^\\s]*$" }, message: 'must match pattern "^https://[^\\s/?#]+[^\\s]*$"', schema: "^https://[^\\s/?#]+[^\\s]*$", parentSchema: schema37.properties.url, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/url", schemaPath: "#/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.url.type, parentSchema: schema37.properties.url, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.secret !== void 0) {
      let data1 = data.secret;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.env === void 0) {
          const err6 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/required", keyword: "required", params: { missingProperty: "env" }, message: "must have required property 'env'", schema: schema37.properties.secret.required, parentSchema: schema37.properties.secret, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "env")) {
            const err7 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.secret, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.env !== void 0) {
          let data2 = data1.env;
          if (typeof data2 === "string") {
            if (func2(data2) > 200) {
              const err8 = { instancePath: instancePath + "/secret/env", schemaPath: "#/properties/secret/properties/env/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema37.properties.secret.properties.env, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (!pattern13.test(data2)) {
              const err9 = { instancePath: instancePath + "/secret/env", schemaPath: "#/properties/secret/properties/env/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema37.properties.secret.properties.env, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/secret/env", schemaPath: "#/properties/secret/properties/env/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.secret.properties.env.type, parentSchema: schema37.properties.secret.properties.env, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.secret.type, parentSchema: schema37.properties.secret, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate109.errors = vErrors;
  return errors === 0;
}
validate109.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema38 = { "description": "Memberships of the org. Only listed when managed: without this key the live memberships are kept; `[]` means no members.", "type": "array", "items": { "$ref": "#/$defs/shared0" } };
function validate114(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate114.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate53(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate114.errors = vErrors;
  return errors === 0;
}
validate114.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "description": "Tags and attributes of the projects of the org, by rule (docs/configuration.md#project-rules-tags-and-attributes). Projects are never created or deleted; only those a rule matches are changed.", "type": "array", "items": { "$ref": "#/$defs/shared7" } };
function validate117(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate117.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate69(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate117.errors = vErrors;
  return errors === 0;
}
validate117.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema40 = { "description": "Outbound webhooks of the org. Without this key the live webhooks are not read; unlisted ones are deleted only with prune.webhooks.", "type": "array", "items": { "$ref": "#/$defs/shared17" } };
function validate121(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate121.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate109(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate121.errors = vErrors;
  return errors === 0;
}
validate121.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema41 = { "description": "Service accounts of the org. Without this key they are not read; unlisted ones are deleted only with prune.serviceAccounts.", "type": "array", "items": { "$ref": "#/$defs/shared1" } };
function validate124(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate124.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate55(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate124.errors = vErrors;
  return errors === 0;
}
validate124.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate52.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema19.properties, key0) || pattern3.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.$schema.type, parentSchema: schema19.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.version.type, parentSchema: schema19.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (1 !== data1) {
        const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema19.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.group !== void 0) {
      let data2 = data.group;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.id === void 0) {
          const err5 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema19.properties.group.required, parentSchema: schema19.properties.group, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "id" || key1 === "settings" || key1 === "iac" || key1 === "pullRequestTemplate" || key1 === "tags" || key1 === "members" || key1 === "serviceAccounts")) {
            const err6 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.id !== void 0) {
          let data3 = data2.id;
          if (typeof data3 === "string") {
            if (!formats0.test(data3)) {
              const err7 = { instancePath: instancePath + "/group/id", schemaPath: "#/properties/group/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema19.properties.group.properties.id, data: data3 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/group/id", schemaPath: "#/properties/group/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.id.type, parentSchema: schema19.properties.group.properties.id, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.settings !== void 0) {
          let data4 = data2.settings;
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            for (const key2 in data4) {
              if (!(key2 === "sessionLength" || key2 === "requestAccess")) {
                const err9 = { instancePath: instancePath + "/group/settings", schemaPath: "#/properties/group/properties/settings/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.settings, data: data4 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data4.sessionLength !== void 0) {
              let data5 = data4.sessionLength;
              const _errs15 = errors;
              let valid3 = false;
              const _errs16 = errors;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err10 = { instancePath: instancePath + "/group/settings/sessionLength", schemaPath: "#/properties/group/properties/settings/properties/sessionLength/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[0].type, parentSchema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[0], data: data5 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
              if (typeof data5 == "number" && isFinite(data5)) {
                if (data5 > 43200 || isNaN(data5)) {
                  const err11 = { instancePath: instancePath + "/group/settings/sessionLength", schemaPath: "#/properties/group/properties/settings/properties/sessionLength/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 43200 }, message: "must be <= 43200", schema: 43200, parentSchema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[0], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
                if (data5 < 1 || isNaN(data5)) {
                  const err12 = { instancePath: instancePath + "/group/settings/sessionLength", schemaPath: "#/properties/group/properties/settings/properties/sessionLength/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[0], data: data5 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              var _valid0 = _errs16 === errors;
              valid3 = valid3 || _valid0;
              const _errs18 = errors;
              if (data5 !== null) {
                const err13 = { instancePath: instancePath + "/group/settings/sessionLength", schemaPath: "#/properties/group/properties/settings/properties/sessionLength/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[1].type, parentSchema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              var _valid0 = _errs18 === errors;
              valid3 = valid3 || _valid0;
              if (!valid3) {
                const err14 = { instancePath: instancePath + "/group/settings/sessionLength", schemaPath: "#/properties/group/properties/settings/properties/sessionLength/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.group.properties.settings.properties.sessionLength.anyOf, parentSchema: schema19.properties.group.properties.settings.properties.sessionLength, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              } else {
                errors = _errs15;
                if (vErrors !== null) {
                  if (_errs15) {
                    vErrors.length = _errs15;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.requestAccess !== void 0) {
              let data6 = data4.requestAccess;
              if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.enabled === void 0) {
                  const err15 = { instancePath: instancePath + "/group/settings/requestAccess", schemaPath: "#/properties/group/properties/settings/properties/requestAccess/required", keyword: "required", params: { missingProperty: "enabled" }, message: "must have required property 'enabled'", schema: schema19.properties.group.properties.settings.properties.requestAccess.required, parentSchema: schema19.properties.group.properties.settings.properties.requestAccess, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
                for (const key3 in data6) {
                  if (!(key3 === "enabled")) {
                    const err16 = { instancePath: instancePath + "/group/settings/requestAccess", schemaPath: "#/properties/group/properties/settings/properties/requestAccess/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.settings.properties.requestAccess, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                if (data6.enabled !== void 0) {
                  let data7 = data6.enabled;
                  if (typeof data7 !== "boolean") {
                    const err17 = { instancePath: instancePath + "/group/settings/requestAccess/enabled", schemaPath: "#/properties/group/properties/settings/properties/requestAccess/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.group.properties.settings.properties.requestAccess.properties.enabled.type, parentSchema: schema19.properties.group.properties.settings.properties.requestAccess.properties.enabled, data: data7 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/group/settings/requestAccess", schemaPath: "#/properties/group/properties/settings/properties/requestAccess/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.settings.properties.requestAccess.type, parentSchema: schema19.properties.group.properties.settings.properties.requestAccess, data: data6 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/group/settings", schemaPath: "#/properties/group/properties/settings/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.settings.type, parentSchema: schema19.properties.group.properties.settings, data: data4 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data2.iac !== void 0) {
          let data8 = data2.iac;
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key4 in data8) {
              if (!(key4 === "customRules")) {
                const err20 = { instancePath: instancePath + "/group/iac", schemaPath: "#/properties/group/properties/iac/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.iac, data: data8 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data8.customRules !== void 0) {
              let data9 = data8.customRules;
              if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                for (const key5 in data9) {
                  if (!(key5 === "isEnabled" || key5 === "ociRegistryUrl" || key5 === "ociRegistryTag")) {
                    const err21 = { instancePath: instancePath + "/group/iac/customRules", schemaPath: "#/properties/group/properties/iac/properties/customRules/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.iac.properties.customRules, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
                if (data9.isEnabled !== void 0) {
                  let data10 = data9.isEnabled;
                  if (typeof data10 !== "boolean") {
                    const err22 = { instancePath: instancePath + "/group/iac/customRules/isEnabled", schemaPath: "#/properties/group/properties/iac/properties/customRules/properties/isEnabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.group.properties.iac.properties.customRules.properties.isEnabled.type, parentSchema: schema19.properties.group.properties.iac.properties.customRules.properties.isEnabled, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data9.ociRegistryUrl !== void 0) {
                  let data11 = data9.ociRegistryUrl;
                  if (typeof data11 === "string") {
                    if (func2(data11) < 1) {
                      const err23 = { instancePath: instancePath + "/group/iac/customRules/ociRegistryUrl", schemaPath: "#/properties/group/properties/iac/properties/customRules/properties/ociRegistryUrl/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryUrl, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  } else {
                    const err24 = { instancePath: instancePath + "/group/iac/customRules/ociRegistryUrl", schemaPath: "#/properties/group/properties/iac/properties/customRules/properties/ociRegistryUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryUrl.type, parentSchema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryUrl, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data9.ociRegistryTag !== void 0) {
                  let data12 = data9.ociRegistryTag;
                  if (typeof data12 === "string") {
                    if (func2(data12) < 1) {
                      const err25 = { instancePath: instancePath + "/group/iac/customRules/ociRegistryTag", schemaPath: "#/properties/group/properties/iac/properties/customRules/properties/ociRegistryTag/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryTag, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  } else {
                    const err26 = { instancePath: instancePath + "/group/iac/customRules/ociRegistryTag", schemaPath: "#/properties/group/properties/iac/properties/customRules/properties/ociRegistryTag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryTag.type, parentSchema: schema19.properties.group.properties.iac.properties.customRules.properties.ociRegistryTag, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/group/iac/customRules", schemaPath: "#/properties/group/properties/iac/properties/customRules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.iac.properties.customRules.type, parentSchema: schema19.properties.group.properties.iac.properties.customRules, data: data9 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/group/iac", schemaPath: "#/properties/group/properties/iac/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.iac.type, parentSchema: schema19.properties.group.properties.iac, data: data8 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data2.pullRequestTemplate !== void 0) {
          let data13 = data2.pullRequestTemplate;
          const _errs38 = errors;
          let valid7 = false;
          const _errs39 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key6 in data13) {
              if (!(key6 === "title" || key6 === "commitMessage" || key6 === "description")) {
                const err29 = { instancePath: instancePath + "/group/pullRequestTemplate", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0], data: data13 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data13.title !== void 0) {
              let data14 = data13.title;
              if (typeof data14 === "string") {
                if (func2(data14) < 1) {
                  const err30 = { instancePath: instancePath + "/group/pullRequestTemplate/title", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/title/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.title, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/group/pullRequestTemplate/title", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.title.type, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.title, data: data14 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data13.commitMessage !== void 0) {
              let data15 = data13.commitMessage;
              if (typeof data15 === "string") {
                if (func2(data15) < 1) {
                  const err32 = { instancePath: instancePath + "/group/pullRequestTemplate/commitMessage", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/commitMessage/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.commitMessage, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/group/pullRequestTemplate/commitMessage", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/commitMessage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.commitMessage.type, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.commitMessage, data: data15 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data13.description !== void 0) {
              let data16 = data13.description;
              if (typeof data16 === "string") {
                if (func2(data16) < 1) {
                  const err34 = { instancePath: instancePath + "/group/pullRequestTemplate/description", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/description/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.description, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              } else {
                const err35 = { instancePath: instancePath + "/group/pullRequestTemplate/description", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.description.type, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].properties.description, data: data16 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/group/pullRequestTemplate", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0].type, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[0], data: data13 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          var _valid1 = _errs39 === errors;
          valid7 = valid7 || _valid1;
          const _errs48 = errors;
          if (data13 !== null) {
            const err37 = { instancePath: instancePath + "/group/pullRequestTemplate", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf[1].type, parentSchema: schema19.properties.group.properties.pullRequestTemplate.anyOf[1], data: data13 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid1 = _errs48 === errors;
          valid7 = valid7 || _valid1;
          if (!valid7) {
            const err38 = { instancePath: instancePath + "/group/pullRequestTemplate", schemaPath: "#/properties/group/properties/pullRequestTemplate/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.group.properties.pullRequestTemplate.anyOf, parentSchema: schema19.properties.group.properties.pullRequestTemplate, data: data13 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          } else {
            errors = _errs38;
            if (vErrors !== null) {
              if (_errs38) {
                vErrors.length = _errs38;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data2.tags !== void 0) {
          let data17 = data2.tags;
          if (Array.isArray(data17)) {
            const len0 = data17.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data18 = data17[i0];
              if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                if (data18.key === void 0) {
                  const err39 = { instancePath: instancePath + "/group/tags/" + i0, schemaPath: "#/properties/group/properties/tags/items/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema19.properties.group.properties.tags.items.required, parentSchema: schema19.properties.group.properties.tags.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err39];
                  } else {
                    vErrors.push(err39);
                  }
                  errors++;
                }
                if (data18.value === void 0) {
                  const err40 = { instancePath: instancePath + "/group/tags/" + i0, schemaPath: "#/properties/group/properties/tags/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema19.properties.group.properties.tags.items.required, parentSchema: schema19.properties.group.properties.tags.items, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
                for (const key7 in data18) {
                  if (!(key7 === "key" || key7 === "value")) {
                    const err41 = { instancePath: instancePath + "/group/tags/" + i0, schemaPath: "#/properties/group/properties/tags/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.group.properties.tags.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
                if (data18.key !== void 0) {
                  let data19 = data18.key;
                  if (typeof data19 === "string") {
                    if (!pattern4.test(data19)) {
                      const err42 = { instancePath: instancePath + "/group/tags/" + i0 + "/key", schemaPath: "#/properties/group/properties/tags/items/properties/key/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,30}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,30}$"', schema: "^[A-Za-z0-9_-]{1,30}$", parentSchema: schema19.properties.group.properties.tags.items.properties.key, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  } else {
                    const err43 = { instancePath: instancePath + "/group/tags/" + i0 + "/key", schemaPath: "#/properties/group/properties/tags/items/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.tags.items.properties.key.type, parentSchema: schema19.properties.group.properties.tags.items.properties.key, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err43];
                    } else {
                      vErrors.push(err43);
                    }
                    errors++;
                  }
                }
                if (data18.value !== void 0) {
                  let data20 = data18.value;
                  if (typeof data20 === "string") {
                    if (!pattern5.test(data20)) {
                      const err44 = { instancePath: instancePath + "/group/tags/" + i0 + "/value", schemaPath: "#/properties/group/properties/tags/items/properties/value/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$" }, message: 'must match pattern "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$"', schema: "^[A-Za-z0-9_.~:/?#@&+=%-]{1,256}$", parentSchema: schema19.properties.group.properties.tags.items.properties.value, data: data20 };
                      if (vErrors === null) {
                        vErrors = [err44];
                      } else {
                        vErrors.push(err44);
                      }
                      errors++;
                    }
                  } else {
                    const err45 = { instancePath: instancePath + "/group/tags/" + i0 + "/value", schemaPath: "#/properties/group/properties/tags/items/properties/value/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.group.properties.tags.items.properties.value.type, parentSchema: schema19.properties.group.properties.tags.items.properties.value, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err45];
                    } else {
                      vErrors.push(err45);
                    }
                    errors++;
                  }
                }
              } else {
                const err46 = { instancePath: instancePath + "/group/tags/" + i0, schemaPath: "#/properties/group/properties/tags/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.properties.tags.items.type, parentSchema: schema19.properties.group.properties.tags.items, data: data18 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/group/tags", schemaPath: "#/properties/group/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.group.properties.tags.type, parentSchema: schema19.properties.group.properties.tags, data: data17 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data2.members !== void 0) {
          let data21 = data2.members;
          if (Array.isArray(data21)) {
            const len1 = data21.length;
            for (let i1 = 0; i1 < len1; i1++) {
              if (!validate53(data21[i1], { instancePath: instancePath + "/group/members/" + i1, parentData: data21, parentDataProperty: i1, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err48 = { instancePath: instancePath + "/group/members", schemaPath: "#/properties/group/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.group.properties.members.type, parentSchema: schema19.properties.group.properties.members, data: data21 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data2.serviceAccounts !== void 0) {
          let data23 = data2.serviceAccounts;
          if (Array.isArray(data23)) {
            const len2 = data23.length;
            for (let i2 = 0; i2 < len2; i2++) {
              if (!validate55(data23[i2], { instancePath: instancePath + "/group/serviceAccounts/" + i2, parentData: data23, parentDataProperty: i2, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err49 = { instancePath: instancePath + "/group/serviceAccounts", schemaPath: "#/properties/group/properties/serviceAccounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.group.properties.serviceAccounts.type, parentSchema: schema19.properties.group.properties.serviceAccounts, data: data23 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/group", schemaPath: "#/properties/group/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.group.type, parentSchema: schema19.properties.group, data: data2 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.tenant !== void 0) {
      let data25 = data.tenant;
      if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
        if (data25.id === void 0) {
          const err51 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema19.properties.tenant.required, parentSchema: schema19.properties.tenant, data: data25 };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        for (const key8 in data25) {
          if (!(key8 === "id" || key8 === "name" || key8 === "members")) {
            const err52 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.tenant, data: data25 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
        if (data25.id !== void 0) {
          let data26 = data25.id;
          if (typeof data26 === "string") {
            if (!formats0.test(data26)) {
              const err53 = { instancePath: instancePath + "/tenant/id", schemaPath: "#/properties/tenant/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema19.properties.tenant.properties.id, data: data26 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          } else {
            const err54 = { instancePath: instancePath + "/tenant/id", schemaPath: "#/properties/tenant/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.tenant.properties.id.type, parentSchema: schema19.properties.tenant.properties.id, data: data26 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data25.name !== void 0) {
          let data27 = data25.name;
          if (typeof data27 === "string") {
            if (func2(data27) > 60) {
              const err55 = { instancePath: instancePath + "/tenant/name", schemaPath: "#/properties/tenant/properties/name/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema19.properties.tenant.properties.name, data: data27 };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
            if (func2(data27) < 1) {
              const err56 = { instancePath: instancePath + "/tenant/name", schemaPath: "#/properties/tenant/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.tenant.properties.name, data: data27 };
              if (vErrors === null) {
                vErrors = [err56];
              } else {
                vErrors.push(err56);
              }
              errors++;
            }
          } else {
            const err57 = { instancePath: instancePath + "/tenant/name", schemaPath: "#/properties/tenant/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.tenant.properties.name.type, parentSchema: schema19.properties.tenant.properties.name, data: data27 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data25.members !== void 0) {
          let data28 = data25.members;
          if (Array.isArray(data28)) {
            const len3 = data28.length;
            for (let i3 = 0; i3 < len3; i3++) {
              if (!validate53(data28[i3], { instancePath: instancePath + "/tenant/members/" + i3, parentData: data28, parentDataProperty: i3, rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/tenant/members", schemaPath: "#/properties/tenant/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.tenant.properties.members.type, parentSchema: schema19.properties.tenant.properties.members, data: data28 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/tenant", schemaPath: "#/properties/tenant/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.tenant.type, parentSchema: schema19.properties.tenant, data: data25 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data30 = data.defaults;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key9 in data30) {
          if (!(key9 === "org")) {
            const err60 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.defaults, data: data30 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
        if (data30.org !== void 0) {
          let data31 = data30.org;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key10 in data31) {
              if (!(key10 === "settings" || key10 === "sast" || key10 === "iac" || key10 === "notifications" || key10 === "members" || key10 === "projects" || key10 === "integrations" || key10 === "webhooks")) {
                const err61 = { instancePath: instancePath + "/defaults/org", schemaPath: "#/properties/defaults/properties/org/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.defaults.properties.org, data: data31 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data31.settings !== void 0) {
              if (!validate58(data31.settings, { instancePath: instancePath + "/defaults/org/settings", parentData: data31, parentDataProperty: "settings", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                errors = vErrors.length;
              }
            }
            if (data31.sast !== void 0) {
              let data33 = data31.sast;
              if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key11 in data33) {
                  if (!(key11 === "enabled")) {
                    const err62 = { instancePath: instancePath + "/defaults/org/sast", schemaPath: "#/properties/defaults/properties/org/properties/sast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.defaults.properties.org.properties.sast, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data33.enabled !== void 0) {
                  let data34 = data33.enabled;
                  if (typeof data34 !== "boolean") {
                    const err63 = { instancePath: instancePath + "/defaults/org/sast/enabled", schemaPath: "#/properties/defaults/properties/org/properties/sast/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.defaults.properties.org.properties.sast.properties.enabled.type, parentSchema: schema19.properties.defaults.properties.org.properties.sast.properties.enabled, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
              } else {
                const err64 = { instancePath: instancePath + "/defaults/org/sast", schemaPath: "#/properties/defaults/properties/org/properties/sast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.defaults.properties.org.properties.sast.type, parentSchema: schema19.properties.defaults.properties.org.properties.sast, data: data33 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data31.iac !== void 0) {
              if (!validate60(data31.iac, { instancePath: instancePath + "/defaults/org/iac", parentData: data31, parentDataProperty: "iac", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data31.notifications !== void 0) {
              if (!validate64(data31.notifications, { instancePath: instancePath + "/defaults/org/notifications", parentData: data31, parentDataProperty: "notifications", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
              }
            }
            if (data31.members !== void 0) {
              let data37 = data31.members;
              if (Array.isArray(data37)) {
                const len4 = data37.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  if (!validate53(data37[i4], { instancePath: instancePath + "/defaults/org/members/" + i4, parentData: data37, parentDataProperty: i4, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/defaults/org/members", schemaPath: "#/properties/defaults/properties/org/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.defaults.properties.org.properties.members.type, parentSchema: schema19.properties.defaults.properties.org.properties.members, data: data37 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data31.projects !== void 0) {
              let data39 = data31.projects;
              if (Array.isArray(data39)) {
                const len5 = data39.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (!validate69(data39[i5], { instancePath: instancePath + "/defaults/org/projects/" + i5, parentData: data39, parentDataProperty: i5, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err66 = { instancePath: instancePath + "/defaults/org/projects", schemaPath: "#/properties/defaults/properties/org/properties/projects/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.defaults.properties.org.properties.projects.type, parentSchema: schema19.properties.defaults.properties.org.properties.projects, data: data39 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
            if (data31.integrations !== void 0) {
              if (!validate79(data31.integrations, { instancePath: instancePath + "/defaults/org/integrations", parentData: data31, parentDataProperty: "integrations", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                errors = vErrors.length;
              }
            }
            if (data31.webhooks !== void 0) {
              let data42 = data31.webhooks;
              if (Array.isArray(data42)) {
                const len6 = data42.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  if (!validate109(data42[i6], { instancePath: instancePath + "/defaults/org/webhooks/" + i6, parentData: data42, parentDataProperty: i6, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err67 = { instancePath: instancePath + "/defaults/org/webhooks", schemaPath: "#/properties/defaults/properties/org/properties/webhooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.defaults.properties.org.properties.webhooks.type, parentSchema: schema19.properties.defaults.properties.org.properties.webhooks, data: data42 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/defaults/org", schemaPath: "#/properties/defaults/properties/org/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.defaults.properties.org.type, parentSchema: schema19.properties.defaults.properties.org, data: data31 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.defaults.type, parentSchema: schema19.properties.defaults, data: data30 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.classes !== void 0) {
      let data44 = data.classes;
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key12 in data44) {
          if (!pattern14.test(key12)) {
            const err70 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.classes, data: data44 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        for (const key13 in data44) {
          if (pattern14.test(key13)) {
            let data45 = data44[key13];
            if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
              for (const key14 in data45) {
                if (!func1.call(schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties, key14)) {
                  const err71 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"], data: data45 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
              }
              if (data45.match !== void 0) {
                let data46 = data45.match;
                if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                  if (data46.slug === void 0) {
                    const err72 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/match/required", keyword: "required", params: { missingProperty: "slug" }, message: "must have required property 'slug'", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match.required, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                  for (const key15 in data46) {
                    if (!(key15 === "slug")) {
                      const err73 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/match/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match, data: data46 };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  }
                  if (data46.slug !== void 0) {
                    let data47 = data46.slug;
                    if (typeof data47 === "string") {
                      if (func2(data47) < 1) {
                        const err74 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/match/slug", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/match/properties/slug/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match.properties.slug, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err74];
                        } else {
                          vErrors.push(err74);
                        }
                        errors++;
                      }
                    } else {
                      const err75 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/match/slug", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/match/properties/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match.properties.slug.type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match.properties.slug, data: data47 };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err76 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/match", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/match/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match.type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.match, data: data46 };
                  if (vErrors === null) {
                    vErrors = [err76];
                  } else {
                    vErrors.push(err76);
                  }
                  errors++;
                }
              }
              if (data45.template !== void 0) {
                let data48 = data45.template;
                if (typeof data48 === "string") {
                  if (func2(data48) < 1) {
                    const err77 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/template", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.template, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err77];
                    } else {
                      vErrors.push(err77);
                    }
                    errors++;
                  }
                } else {
                  const err78 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/template", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.template.type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.template, data: data48 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
              if (data45.settings !== void 0) {
                if (!validate58(data45.settings, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/settings", parentData: data45, parentDataProperty: "settings", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.sast !== void 0) {
                let data50 = data45.sast;
                if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                  for (const key16 in data50) {
                    if (!(key16 === "enabled")) {
                      const err79 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/sast", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/sast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.sast, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                  }
                  if (data50.enabled !== void 0) {
                    let data51 = data50.enabled;
                    if (typeof data51 !== "boolean") {
                      const err80 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/sast/enabled", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/sast/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.sast.properties.enabled.type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.sast.properties.enabled, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err81 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/sast", schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/properties/sast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.sast.type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].properties.sast, data: data50 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
              if (data45.iac !== void 0) {
                if (!validate60(data45.iac, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/iac", parentData: data45, parentDataProperty: "iac", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.notifications !== void 0) {
                if (!validate64(data45.notifications, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/notifications", parentData: data45, parentDataProperty: "notifications", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.members !== void 0) {
                if (!validate114(data45.members, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/members", parentData: data45, parentDataProperty: "members", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.projects !== void 0) {
                if (!validate117(data45.projects, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/projects", parentData: data45, parentDataProperty: "projects", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.integrations !== void 0) {
                if (!validate79(data45.integrations, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/integrations", parentData: data45, parentDataProperty: "integrations", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.webhooks !== void 0) {
                if (!validate121(data45.webhooks, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/webhooks", parentData: data45, parentDataProperty: "webhooks", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                  errors = vErrors.length;
                }
              }
              if (data45.serviceAccounts !== void 0) {
                if (!validate124(data45.serviceAccounts, { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/serviceAccounts", parentData: data45, parentDataProperty: "serviceAccounts", rootData, dynamicAnchors })) {
                  vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err82 = { instancePath: instancePath + "/classes/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/classes/patternProperties/%5E%5BA-Za-z0-9%5D%5B%5Cw.-%5D%7B0%2C99%7D%24/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"].type, parentSchema: schema19.properties.classes.patternProperties["^[A-Za-z0-9][\\w.-]{0,99}$"], data: data45 };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
          }
        }
      } else {
        const err83 = { instancePath: instancePath + "/classes", schemaPath: "#/properties/classes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.classes.type, parentSchema: schema19.properties.classes, data: data44 };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.orgs !== void 0) {
      let data59 = data.orgs;
      if (Array.isArray(data59)) {
        const len7 = data59.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data60 = data59[i7];
          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
            if (data60.slug === void 0) {
              const err84 = { instancePath: instancePath + "/orgs/" + i7, schemaPath: "#/properties/orgs/items/required", keyword: "required", params: { missingProperty: "slug" }, message: "must have required property 'slug'", schema: schema19.properties.orgs.items.required, parentSchema: schema19.properties.orgs.items, data: data60 };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
            for (const key17 in data60) {
              if (!func1.call(schema19.properties.orgs.items.properties, key17)) {
                const err85 = { instancePath: instancePath + "/orgs/" + i7, schemaPath: "#/properties/orgs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.orgs.items, data: data60 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
            }
            if (data60.slug !== void 0) {
              let data61 = data60.slug;
              if (typeof data61 === "string") {
                if (!pattern11.test(data61)) {
                  const err86 = { instancePath: instancePath + "/orgs/" + i7 + "/slug", schemaPath: "#/properties/orgs/items/properties/slug/pattern", keyword: "pattern", params: { pattern: "^[\\w.-]{1,100}$" }, message: 'must match pattern "^[\\w.-]{1,100}$"', schema: "^[\\w.-]{1,100}$", parentSchema: schema19.properties.orgs.items.properties.slug, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
              } else {
                const err87 = { instancePath: instancePath + "/orgs/" + i7 + "/slug", schemaPath: "#/properties/orgs/items/properties/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.slug.type, parentSchema: schema19.properties.orgs.items.properties.slug, data: data61 };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data60.name !== void 0) {
              let data62 = data60.name;
              if (typeof data62 === "string") {
                if (func2(data62) > 60) {
                  const err88 = { instancePath: instancePath + "/orgs/" + i7 + "/name", schemaPath: "#/properties/orgs/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 60 }, message: "must NOT have more than 60 characters", schema: 60, parentSchema: schema19.properties.orgs.items.properties.name, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err88];
                  } else {
                    vErrors.push(err88);
                  }
                  errors++;
                }
                if (func2(data62) < 1) {
                  const err89 = { instancePath: instancePath + "/orgs/" + i7 + "/name", schemaPath: "#/properties/orgs/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.orgs.items.properties.name, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
              } else {
                const err90 = { instancePath: instancePath + "/orgs/" + i7 + "/name", schemaPath: "#/properties/orgs/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.name.type, parentSchema: schema19.properties.orgs.items.properties.name, data: data62 };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            }
            if (data60.id !== void 0) {
              let data63 = data60.id;
              if (typeof data63 === "string") {
                if (!formats0.test(data63)) {
                  const err91 = { instancePath: instancePath + "/orgs/" + i7 + "/id", schemaPath: "#/properties/orgs/items/properties/id/format", keyword: "format", params: { format: "uuid" }, message: 'must match format "uuid"', schema: "uuid", parentSchema: schema19.properties.orgs.items.properties.id, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
              } else {
                const err92 = { instancePath: instancePath + "/orgs/" + i7 + "/id", schemaPath: "#/properties/orgs/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.id.type, parentSchema: schema19.properties.orgs.items.properties.id, data: data63 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data60.template !== void 0) {
              let data64 = data60.template;
              if (typeof data64 === "string") {
                if (func2(data64) < 1) {
                  const err93 = { instancePath: instancePath + "/orgs/" + i7 + "/template", schemaPath: "#/properties/orgs/items/properties/template/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.orgs.items.properties.template, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              } else {
                const err94 = { instancePath: instancePath + "/orgs/" + i7 + "/template", schemaPath: "#/properties/orgs/items/properties/template/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.template.type, parentSchema: schema19.properties.orgs.items.properties.template, data: data64 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data60.classes !== void 0) {
              let data65 = data60.classes;
              if (Array.isArray(data65)) {
                const len8 = data65.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data66 = data65[i8];
                  if (typeof data66 === "string") {
                    if (func2(data66) < 1) {
                      const err95 = { instancePath: instancePath + "/orgs/" + i7 + "/classes/" + i8, schemaPath: "#/properties/orgs/items/properties/classes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.orgs.items.properties.classes.items, data: data66 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  } else {
                    const err96 = { instancePath: instancePath + "/orgs/" + i7 + "/classes/" + i8, schemaPath: "#/properties/orgs/items/properties/classes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.classes.items.type, parentSchema: schema19.properties.orgs.items.properties.classes.items, data: data66 };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
              } else {
                const err97 = { instancePath: instancePath + "/orgs/" + i7 + "/classes", schemaPath: "#/properties/orgs/items/properties/classes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.items.properties.classes.type, parentSchema: schema19.properties.orgs.items.properties.classes, data: data65 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data60.settings !== void 0) {
              if (!validate58(data60.settings, { instancePath: instancePath + "/orgs/" + i7 + "/settings", parentData: data60, parentDataProperty: "settings", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
                errors = vErrors.length;
              }
            }
            if (data60.sast !== void 0) {
              let data68 = data60.sast;
              if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key18 in data68) {
                  if (!(key18 === "enabled")) {
                    const err98 = { instancePath: instancePath + "/orgs/" + i7 + "/sast", schemaPath: "#/properties/orgs/items/properties/sast/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.orgs.items.properties.sast, data: data68 };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data68.enabled !== void 0) {
                  let data69 = data68.enabled;
                  if (typeof data69 !== "boolean") {
                    const err99 = { instancePath: instancePath + "/orgs/" + i7 + "/sast/enabled", schemaPath: "#/properties/orgs/items/properties/sast/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.orgs.items.properties.sast.properties.enabled.type, parentSchema: schema19.properties.orgs.items.properties.sast.properties.enabled, data: data69 };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/orgs/" + i7 + "/sast", schemaPath: "#/properties/orgs/items/properties/sast/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.orgs.items.properties.sast.type, parentSchema: schema19.properties.orgs.items.properties.sast, data: data68 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data60.iac !== void 0) {
              if (!validate60(data60.iac, { instancePath: instancePath + "/orgs/" + i7 + "/iac", parentData: data60, parentDataProperty: "iac", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
                errors = vErrors.length;
              }
            }
            if (data60.notifications !== void 0) {
              if (!validate64(data60.notifications, { instancePath: instancePath + "/orgs/" + i7 + "/notifications", parentData: data60, parentDataProperty: "notifications", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
                errors = vErrors.length;
              }
            }
            if (data60.members !== void 0) {
              if (!validate114(data60.members, { instancePath: instancePath + "/orgs/" + i7 + "/members", parentData: data60, parentDataProperty: "members", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
                errors = vErrors.length;
              }
            }
            if (data60.projects !== void 0) {
              if (!validate117(data60.projects, { instancePath: instancePath + "/orgs/" + i7 + "/projects", parentData: data60, parentDataProperty: "projects", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
                errors = vErrors.length;
              }
            }
            if (data60.integrations !== void 0) {
              if (!validate79(data60.integrations, { instancePath: instancePath + "/orgs/" + i7 + "/integrations", parentData: data60, parentDataProperty: "integrations", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
                errors = vErrors.length;
              }
            }
            if (data60.webhooks !== void 0) {
              if (!validate121(data60.webhooks, { instancePath: instancePath + "/orgs/" + i7 + "/webhooks", parentData: data60, parentDataProperty: "webhooks", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
                errors = vErrors.length;
              }
            }
            if (data60.imports !== void 0) {
              let data76 = data60.imports;
              if (Array.isArray(data76)) {
                const len9 = data76.length;
                for (let i9 = 0; i9 < len9; i9++) {
                  let data77 = data76[i9];
                  if (data77 && typeof data77 == "object" && !Array.isArray(data77)) {
                    if (data77.integration === void 0) {
                      const err101 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9, schemaPath: "#/properties/orgs/items/properties/imports/items/required", keyword: "required", params: { missingProperty: "integration" }, message: "must have required property 'integration'", schema: schema19.properties.orgs.items.properties.imports.items.required, parentSchema: schema19.properties.orgs.items.properties.imports.items, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err101];
                      } else {
                        vErrors.push(err101);
                      }
                      errors++;
                    }
                    if (data77.repos === void 0) {
                      const err102 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9, schemaPath: "#/properties/orgs/items/properties/imports/items/required", keyword: "required", params: { missingProperty: "repos" }, message: "must have required property 'repos'", schema: schema19.properties.orgs.items.properties.imports.items.required, parentSchema: schema19.properties.orgs.items.properties.imports.items, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err102];
                      } else {
                        vErrors.push(err102);
                      }
                      errors++;
                    }
                    for (const key19 in data77) {
                      if (!(key19 === "integration" || key19 === "repos" || key19 === "exclude" || key19 === "branch" || key19 === "files")) {
                        const err103 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9, schemaPath: "#/properties/orgs/items/properties/imports/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.orgs.items.properties.imports.items, data: data77 };
                        if (vErrors === null) {
                          vErrors = [err103];
                        } else {
                          vErrors.push(err103);
                        }
                        errors++;
                      }
                    }
                    if (data77.integration !== void 0) {
                      let data78 = data77.integration;
                      const _errs160 = errors;
                      let valid41 = false;
                      const _errs161 = errors;
                      if (typeof data78 !== "string") {
                        const err104 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[0].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[0], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                      if ("github" !== data78) {
                        const err105 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/0/const", keyword: "const", params: { allowedValue: "github" }, message: "must be equal to constant", schema: "github", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[0], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                      var _valid2 = _errs161 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs163 = errors;
                      if (typeof data78 !== "string") {
                        const err106 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[1].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[1], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                      if ("github-cloud-app" !== data78) {
                        const err107 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/1/const", keyword: "const", params: { allowedValue: "github-cloud-app" }, message: "must be equal to constant", schema: "github-cloud-app", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[1], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                      var _valid2 = _errs163 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs165 = errors;
                      if (typeof data78 !== "string") {
                        const err108 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[2].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[2], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                      if ("github-enterprise" !== data78) {
                        const err109 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/2/const", keyword: "const", params: { allowedValue: "github-enterprise" }, message: "must be equal to constant", schema: "github-enterprise", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[2], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err109];
                        } else {
                          vErrors.push(err109);
                        }
                        errors++;
                      }
                      var _valid2 = _errs165 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs167 = errors;
                      if (typeof data78 !== "string") {
                        const err110 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[3].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[3], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                      if ("github-server-app" !== data78) {
                        const err111 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/3/const", keyword: "const", params: { allowedValue: "github-server-app" }, message: "must be equal to constant", schema: "github-server-app", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[3], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                      var _valid2 = _errs167 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs169 = errors;
                      if (typeof data78 !== "string") {
                        const err112 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[4].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[4], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                      if ("bitbucket-cloud" !== data78) {
                        const err113 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/4/const", keyword: "const", params: { allowedValue: "bitbucket-cloud" }, message: "must be equal to constant", schema: "bitbucket-cloud", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[4], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                      var _valid2 = _errs169 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs171 = errors;
                      if (typeof data78 !== "string") {
                        const err114 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/5/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[5].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[5], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                      if ("bitbucket-connect-app" !== data78) {
                        const err115 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/5/const", keyword: "const", params: { allowedValue: "bitbucket-connect-app" }, message: "must be equal to constant", schema: "bitbucket-connect-app", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[5], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err115];
                        } else {
                          vErrors.push(err115);
                        }
                        errors++;
                      }
                      var _valid2 = _errs171 === errors;
                      valid41 = valid41 || _valid2;
                      const _errs173 = errors;
                      if (typeof data78 !== "string") {
                        const err116 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/6/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[6].type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[6], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err116];
                        } else {
                          vErrors.push(err116);
                        }
                        errors++;
                      }
                      if ("azure-repos" !== data78) {
                        const err117 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf/6/const", keyword: "const", params: { allowedValue: "azure-repos" }, message: "must be equal to constant", schema: "azure-repos", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf[6], data: data78 };
                        if (vErrors === null) {
                          vErrors = [err117];
                        } else {
                          vErrors.push(err117);
                        }
                        errors++;
                      }
                      var _valid2 = _errs173 === errors;
                      valid41 = valid41 || _valid2;
                      if (!valid41) {
                        const err118 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/integration", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/integration/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.orgs.items.properties.imports.items.properties.integration.anyOf, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.integration, data: data78 };
                        if (vErrors === null) {
                          vErrors = [err118];
                        } else {
                          vErrors.push(err118);
                        }
                        errors++;
                      } else {
                        errors = _errs160;
                        if (vErrors !== null) {
                          if (_errs160) {
                            vErrors.length = _errs160;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data77.repos !== void 0) {
                      let data79 = data77.repos;
                      if (Array.isArray(data79)) {
                        if (data79.length < 1) {
                          const err119 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos, data: data79 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        }
                        const len10 = data79.length;
                        for (let i10 = 0; i10 < len10; i10++) {
                          let data80 = data79[i10];
                          if (typeof data80 === "string") {
                            if (func2(data80) > 200) {
                              const err120 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos/" + i10, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos.items, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err120];
                              } else {
                                vErrors.push(err120);
                              }
                              errors++;
                            }
                            if (func2(data80) < 3) {
                              const err121 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos/" + i10, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos.items, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err121];
                              } else {
                                vErrors.push(err121);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data80)) {
                              const err122 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos/" + i10, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+/[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+/[^\\s/]+$"', schema: "^[^\\s/]+/[^\\s/]+$", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos.items, data: data80 };
                              if (vErrors === null) {
                                vErrors = [err122];
                              } else {
                                vErrors.push(err122);
                              }
                              errors++;
                            }
                          } else {
                            const err123 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos/" + i10, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.repos.items.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos.items, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err124 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/repos", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/repos/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.items.properties.imports.items.properties.repos.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.repos, data: data79 };
                        if (vErrors === null) {
                          vErrors = [err124];
                        } else {
                          vErrors.push(err124);
                        }
                        errors++;
                      }
                    }
                    if (data77.exclude !== void 0) {
                      let data81 = data77.exclude;
                      if (Array.isArray(data81)) {
                        const len11 = data81.length;
                        for (let i11 = 0; i11 < len11; i11++) {
                          let data82 = data81[i11];
                          if (typeof data82 === "string") {
                            if (func2(data82) > 200) {
                              const err125 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/exclude/" + i11, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.items, data: data82 };
                              if (vErrors === null) {
                                vErrors = [err125];
                              } else {
                                vErrors.push(err125);
                              }
                              errors++;
                            }
                            if (func2(data82) < 3) {
                              const err126 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/exclude/" + i11, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.items, data: data82 };
                              if (vErrors === null) {
                                vErrors = [err126];
                              } else {
                                vErrors.push(err126);
                              }
                              errors++;
                            }
                            if (!pattern17.test(data82)) {
                              const err127 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/exclude/" + i11, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/exclude/items/pattern", keyword: "pattern", params: { pattern: "^[^\\s/]+/[^\\s/]+$" }, message: 'must match pattern "^[^\\s/]+/[^\\s/]+$"', schema: "^[^\\s/]+/[^\\s/]+$", parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.items, data: data82 };
                              if (vErrors === null) {
                                vErrors = [err127];
                              } else {
                                vErrors.push(err127);
                              }
                              errors++;
                            }
                          } else {
                            const err128 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/exclude/" + i11, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.items.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.items, data: data82 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err129 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/exclude", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.items.properties.imports.items.properties.exclude.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.exclude, data: data81 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data77.branch !== void 0) {
                      let data83 = data77.branch;
                      if (typeof data83 === "string") {
                        if (func2(data83) > 250) {
                          const err130 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/branch", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/branch/maxLength", keyword: "maxLength", params: { limit: 250 }, message: "must NOT have more than 250 characters", schema: 250, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.branch, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                        }
                        if (func2(data83) < 1) {
                          const err131 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/branch", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/branch/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.branch, data: data83 };
                          if (vErrors === null) {
                            vErrors = [err131];
                          } else {
                            vErrors.push(err131);
                          }
                          errors++;
                        }
                      } else {
                        const err132 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/branch", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/branch/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.branch.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.branch, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data77.files !== void 0) {
                      let data84 = data77.files;
                      if (Array.isArray(data84)) {
                        if (data84.length > 1e3) {
                          const err133 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/files", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/files/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items", schema: 1e3, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.files, data: data84 };
                          if (vErrors === null) {
                            vErrors = [err133];
                          } else {
                            vErrors.push(err133);
                          }
                          errors++;
                        }
                        const len12 = data84.length;
                        for (let i12 = 0; i12 < len12; i12++) {
                          let data85 = data84[i12];
                          if (typeof data85 === "string") {
                            if (func2(data85) > 1e3) {
                              const err134 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/files/" + i12, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/files/items/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters", schema: 1e3, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.files.items, data: data85 };
                              if (vErrors === null) {
                                vErrors = [err134];
                              } else {
                                vErrors.push(err134);
                              }
                              errors++;
                            }
                            if (func2(data85) < 1) {
                              const err135 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/files/" + i12, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.files.items, data: data85 };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                          } else {
                            const err136 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/files/" + i12, schemaPath: "#/properties/orgs/items/properties/imports/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.orgs.items.properties.imports.items.properties.files.items.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.files.items, data: data85 };
                            if (vErrors === null) {
                              vErrors = [err136];
                            } else {
                              vErrors.push(err136);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err137 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9 + "/files", schemaPath: "#/properties/orgs/items/properties/imports/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.items.properties.imports.items.properties.files.type, parentSchema: schema19.properties.orgs.items.properties.imports.items.properties.files, data: data84 };
                        if (vErrors === null) {
                          vErrors = [err137];
                        } else {
                          vErrors.push(err137);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err138 = { instancePath: instancePath + "/orgs/" + i7 + "/imports/" + i9, schemaPath: "#/properties/orgs/items/properties/imports/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.orgs.items.properties.imports.items.type, parentSchema: schema19.properties.orgs.items.properties.imports.items, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
              } else {
                const err139 = { instancePath: instancePath + "/orgs/" + i7 + "/imports", schemaPath: "#/properties/orgs/items/properties/imports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.items.properties.imports.type, parentSchema: schema19.properties.orgs.items.properties.imports, data: data76 };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
            if (data60.serviceAccounts !== void 0) {
              if (!validate124(data60.serviceAccounts, { instancePath: instancePath + "/orgs/" + i7 + "/serviceAccounts", parentData: data60, parentDataProperty: "serviceAccounts", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err140 = { instancePath: instancePath + "/orgs/" + i7, schemaPath: "#/properties/orgs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.orgs.items.type, parentSchema: schema19.properties.orgs.items, data: data60 };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/orgs", schemaPath: "#/properties/orgs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.orgs.type, parentSchema: schema19.properties.orgs, data: data59 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.placement !== void 0) {
      let data87 = data.placement;
      if (Array.isArray(data87)) {
        const len13 = data87.length;
        for (let i13 = 0; i13 < len13; i13++) {
          let data88 = data87[i13];
          if (data88 && typeof data88 == "object" && !Array.isArray(data88)) {
            if (data88.match === void 0) {
              const err142 = { instancePath: instancePath + "/placement/" + i13, schemaPath: "#/properties/placement/items/required", keyword: "required", params: { missingProperty: "match" }, message: "must have required property 'match'", schema: schema19.properties.placement.items.required, parentSchema: schema19.properties.placement.items, data: data88 };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
            if (data88.org === void 0) {
              const err143 = { instancePath: instancePath + "/placement/" + i13, schemaPath: "#/properties/placement/items/required", keyword: "required", params: { missingProperty: "org" }, message: "must have required property 'org'", schema: schema19.properties.placement.items.required, parentSchema: schema19.properties.placement.items, data: data88 };
              if (vErrors === null) {
                vErrors = [err143];
              } else {
                vErrors.push(err143);
              }
              errors++;
            }
            for (const key20 in data88) {
              if (!(key20 === "match" || key20 === "org")) {
                const err144 = { instancePath: instancePath + "/placement/" + i13, schemaPath: "#/properties/placement/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key20 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.placement.items, data: data88 };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data88.match !== void 0) {
              if (!validate70(data88.match, { instancePath: instancePath + "/placement/" + i13 + "/match", parentData: data88, parentDataProperty: "match", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                errors = vErrors.length;
              }
            }
            if (data88.org !== void 0) {
              let data90 = data88.org;
              if (typeof data90 === "string") {
                if (!pattern11.test(data90)) {
                  const err145 = { instancePath: instancePath + "/placement/" + i13 + "/org", schemaPath: "#/properties/placement/items/properties/org/pattern", keyword: "pattern", params: { pattern: "^[\\w.-]{1,100}$" }, message: 'must match pattern "^[\\w.-]{1,100}$"', schema: "^[\\w.-]{1,100}$", parentSchema: schema19.properties.placement.items.properties.org, data: data90 };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
              } else {
                const err146 = { instancePath: instancePath + "/placement/" + i13 + "/org", schemaPath: "#/properties/placement/items/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.placement.items.properties.org.type, parentSchema: schema19.properties.placement.items.properties.org, data: data90 };
                if (vErrors === null) {
                  vErrors = [err146];
                } else {
                  vErrors.push(err146);
                }
                errors++;
              }
            }
          } else {
            const err147 = { instancePath: instancePath + "/placement/" + i13, schemaPath: "#/properties/placement/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.placement.items.type, parentSchema: schema19.properties.placement.items, data: data88 };
            if (vErrors === null) {
              vErrors = [err147];
            } else {
              vErrors.push(err147);
            }
            errors++;
          }
        }
      } else {
        const err148 = { instancePath: instancePath + "/placement", schemaPath: "#/properties/placement/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.placement.type, parentSchema: schema19.properties.placement, data: data87 };
        if (vErrors === null) {
          vErrors = [err148];
        } else {
          vErrors.push(err148);
        }
        errors++;
      }
    }
    if (data.ignores !== void 0) {
      let data91 = data.ignores;
      if (Array.isArray(data91)) {
        const len14 = data91.length;
        for (let i14 = 0; i14 < len14; i14++) {
          let data92 = data91[i14];
          if (data92 && typeof data92 == "object" && !Array.isArray(data92)) {
            if (data92.issue === void 0) {
              const err149 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "issue" }, message: "must have required property 'issue'", schema: schema19.properties.ignores.items.required, parentSchema: schema19.properties.ignores.items, data: data92 };
              if (vErrors === null) {
                vErrors = [err149];
              } else {
                vErrors.push(err149);
              }
              errors++;
            }
            if (data92.projects === void 0) {
              const err150 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "projects" }, message: "must have required property 'projects'", schema: schema19.properties.ignores.items.required, parentSchema: schema19.properties.ignores.items, data: data92 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            if (data92.type === void 0) {
              const err151 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema19.properties.ignores.items.required, parentSchema: schema19.properties.ignores.items, data: data92 };
              if (vErrors === null) {
                vErrors = [err151];
              } else {
                vErrors.push(err151);
              }
              errors++;
            }
            if (data92.reason === void 0) {
              const err152 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema19.properties.ignores.items.required, parentSchema: schema19.properties.ignores.items, data: data92 };
              if (vErrors === null) {
                vErrors = [err152];
              } else {
                vErrors.push(err152);
              }
              errors++;
            }
            for (const key21 in data92) {
              if (!(key21 === "issue" || key21 === "projects" || key21 === "type" || key21 === "reason" || key21 === "expires")) {
                const err153 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key21 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.ignores.items, data: data92 };
                if (vErrors === null) {
                  vErrors = [err153];
                } else {
                  vErrors.push(err153);
                }
                errors++;
              }
            }
            if (data92.issue !== void 0) {
              let data93 = data92.issue;
              if (typeof data93 === "string") {
                if (!pattern20.test(data93)) {
                  const err154 = { instancePath: instancePath + "/ignores/" + i14 + "/issue", schemaPath: "#/properties/ignores/items/properties/issue/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$"', schema: "^[A-Za-z0-9][A-Za-z0-9:._-]{0,199}$", parentSchema: schema19.properties.ignores.items.properties.issue, data: data93 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              } else {
                const err155 = { instancePath: instancePath + "/ignores/" + i14 + "/issue", schemaPath: "#/properties/ignores/items/properties/issue/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.issue.type, parentSchema: schema19.properties.ignores.items.properties.issue, data: data93 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
            }
            if (data92.projects !== void 0) {
              let data94 = data92.projects;
              if (data94 && typeof data94 == "object" && !Array.isArray(data94)) {
                for (const key22 in data94) {
                  if (!(key22 === "org" || key22 === "match")) {
                    const err156 = { instancePath: instancePath + "/ignores/" + i14 + "/projects", schemaPath: "#/properties/ignores/items/properties/projects/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key22 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.ignores.items.properties.projects, data: data94 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
                if (data94.org !== void 0) {
                  let data95 = data94.org;
                  if (typeof data95 === "string") {
                    if (func2(data95) > 100) {
                      const err157 = { instancePath: instancePath + "/ignores/" + i14 + "/projects/org", schemaPath: "#/properties/ignores/items/properties/projects/properties/org/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema19.properties.ignores.items.properties.projects.properties.org, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err157];
                      } else {
                        vErrors.push(err157);
                      }
                      errors++;
                    }
                    if (func2(data95) < 1) {
                      const err158 = { instancePath: instancePath + "/ignores/" + i14 + "/projects/org", schemaPath: "#/properties/ignores/items/properties/projects/properties/org/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.ignores.items.properties.projects.properties.org, data: data95 };
                      if (vErrors === null) {
                        vErrors = [err158];
                      } else {
                        vErrors.push(err158);
                      }
                      errors++;
                    }
                  } else {
                    const err159 = { instancePath: instancePath + "/ignores/" + i14 + "/projects/org", schemaPath: "#/properties/ignores/items/properties/projects/properties/org/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.projects.properties.org.type, parentSchema: schema19.properties.ignores.items.properties.projects.properties.org, data: data95 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data94.match !== void 0) {
                  if (!validate70(data94.match, { instancePath: instancePath + "/ignores/" + i14 + "/projects/match", parentData: data94, parentDataProperty: "match", rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err160 = { instancePath: instancePath + "/ignores/" + i14 + "/projects", schemaPath: "#/properties/ignores/items/properties/projects/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.ignores.items.properties.projects.type, parentSchema: schema19.properties.ignores.items.properties.projects, data: data94 };
                if (vErrors === null) {
                  vErrors = [err160];
                } else {
                  vErrors.push(err160);
                }
                errors++;
              }
            }
            if (data92.type !== void 0) {
              let data97 = data92.type;
              const _errs212 = errors;
              let valid55 = false;
              const _errs213 = errors;
              if (typeof data97 !== "string") {
                const err161 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.type.anyOf[0].type, parentSchema: schema19.properties.ignores.items.properties.type.anyOf[0], data: data97 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              if ("wont-fix" !== data97) {
                const err162 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/0/const", keyword: "const", params: { allowedValue: "wont-fix" }, message: "must be equal to constant", schema: "wont-fix", parentSchema: schema19.properties.ignores.items.properties.type.anyOf[0], data: data97 };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
              var _valid3 = _errs213 === errors;
              valid55 = valid55 || _valid3;
              const _errs215 = errors;
              if (typeof data97 !== "string") {
                const err163 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.type.anyOf[1].type, parentSchema: schema19.properties.ignores.items.properties.type.anyOf[1], data: data97 };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
              if ("not-vulnerable" !== data97) {
                const err164 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/1/const", keyword: "const", params: { allowedValue: "not-vulnerable" }, message: "must be equal to constant", schema: "not-vulnerable", parentSchema: schema19.properties.ignores.items.properties.type.anyOf[1], data: data97 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
              var _valid3 = _errs215 === errors;
              valid55 = valid55 || _valid3;
              const _errs217 = errors;
              if (typeof data97 !== "string") {
                const err165 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.type.anyOf[2].type, parentSchema: schema19.properties.ignores.items.properties.type.anyOf[2], data: data97 };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
              if ("temporary-ignore" !== data97) {
                const err166 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf/2/const", keyword: "const", params: { allowedValue: "temporary-ignore" }, message: "must be equal to constant", schema: "temporary-ignore", parentSchema: schema19.properties.ignores.items.properties.type.anyOf[2], data: data97 };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
              var _valid3 = _errs217 === errors;
              valid55 = valid55 || _valid3;
              if (!valid55) {
                const err167 = { instancePath: instancePath + "/ignores/" + i14 + "/type", schemaPath: "#/properties/ignores/items/properties/type/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.ignores.items.properties.type.anyOf, parentSchema: schema19.properties.ignores.items.properties.type, data: data97 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              } else {
                errors = _errs212;
                if (vErrors !== null) {
                  if (_errs212) {
                    vErrors.length = _errs212;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data92.reason !== void 0) {
              let data98 = data92.reason;
              if (typeof data98 === "string") {
                if (func2(data98) > 500) {
                  const err168 = { instancePath: instancePath + "/ignores/" + i14 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters", schema: 500, parentSchema: schema19.properties.ignores.items.properties.reason, data: data98 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                if (func2(data98) < 1) {
                  const err169 = { instancePath: instancePath + "/ignores/" + i14 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.ignores.items.properties.reason, data: data98 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              } else {
                const err170 = { instancePath: instancePath + "/ignores/" + i14 + "/reason", schemaPath: "#/properties/ignores/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.reason.type, parentSchema: schema19.properties.ignores.items.properties.reason, data: data98 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
            }
            if (data92.expires !== void 0) {
              let data99 = data92.expires;
              if (typeof data99 === "string") {
                if (!pattern7.test(data99)) {
                  const err171 = { instancePath: instancePath + "/ignores/" + i14 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(?:[Tt ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:\\d{2}))?$", parentSchema: schema19.properties.ignores.items.properties.expires, data: data99 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
              } else {
                const err172 = { instancePath: instancePath + "/ignores/" + i14 + "/expires", schemaPath: "#/properties/ignores/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.ignores.items.properties.expires.type, parentSchema: schema19.properties.ignores.items.properties.expires, data: data99 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
          } else {
            const err173 = { instancePath: instancePath + "/ignores/" + i14, schemaPath: "#/properties/ignores/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.ignores.items.type, parentSchema: schema19.properties.ignores.items, data: data92 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/ignores", schemaPath: "#/properties/ignores/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.ignores.type, parentSchema: schema19.properties.ignores, data: data91 };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
    if (data.users !== void 0) {
      let data100 = data.users;
      if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
        for (const key23 in data100) {
          if (!(key23 === "unknown" || key23 === "ignore" || key23 === "expiryWarningDays" || key23 === "domains" || key23 === "allowLookalikes")) {
            const err175 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key23 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.users, data: data100 };
            if (vErrors === null) {
              vErrors = [err175];
            } else {
              vErrors.push(err175);
            }
            errors++;
          }
        }
        if (data100.unknown !== void 0) {
          let data101 = data100.unknown;
          const _errs227 = errors;
          let valid57 = false;
          const _errs228 = errors;
          if (typeof data101 !== "string") {
            const err176 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.unknown.anyOf[0].type, parentSchema: schema19.properties.users.properties.unknown.anyOf[0], data: data101 };
            if (vErrors === null) {
              vErrors = [err176];
            } else {
              vErrors.push(err176);
            }
            errors++;
          }
          if ("error" !== data101) {
            const err177 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/0/const", keyword: "const", params: { allowedValue: "error" }, message: "must be equal to constant", schema: "error", parentSchema: schema19.properties.users.properties.unknown.anyOf[0], data: data101 };
            if (vErrors === null) {
              vErrors = [err177];
            } else {
              vErrors.push(err177);
            }
            errors++;
          }
          var _valid4 = _errs228 === errors;
          valid57 = valid57 || _valid4;
          const _errs230 = errors;
          if (typeof data101 !== "string") {
            const err178 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.unknown.anyOf[1].type, parentSchema: schema19.properties.users.properties.unknown.anyOf[1], data: data101 };
            if (vErrors === null) {
              vErrors = [err178];
            } else {
              vErrors.push(err178);
            }
            errors++;
          }
          if ("provision" !== data101) {
            const err179 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/1/const", keyword: "const", params: { allowedValue: "provision" }, message: "must be equal to constant", schema: "provision", parentSchema: schema19.properties.users.properties.unknown.anyOf[1], data: data101 };
            if (vErrors === null) {
              vErrors = [err179];
            } else {
              vErrors.push(err179);
            }
            errors++;
          }
          var _valid4 = _errs230 === errors;
          valid57 = valid57 || _valid4;
          const _errs232 = errors;
          if (typeof data101 !== "string") {
            const err180 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.unknown.anyOf[2].type, parentSchema: schema19.properties.users.properties.unknown.anyOf[2], data: data101 };
            if (vErrors === null) {
              vErrors = [err180];
            } else {
              vErrors.push(err180);
            }
            errors++;
          }
          if ("invite" !== data101) {
            const err181 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf/2/const", keyword: "const", params: { allowedValue: "invite" }, message: "must be equal to constant", schema: "invite", parentSchema: schema19.properties.users.properties.unknown.anyOf[2], data: data101 };
            if (vErrors === null) {
              vErrors = [err181];
            } else {
              vErrors.push(err181);
            }
            errors++;
          }
          var _valid4 = _errs232 === errors;
          valid57 = valid57 || _valid4;
          if (!valid57) {
            const err182 = { instancePath: instancePath + "/users/unknown", schemaPath: "#/properties/users/properties/unknown/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.users.properties.unknown.anyOf, parentSchema: schema19.properties.users.properties.unknown, data: data101 };
            if (vErrors === null) {
              vErrors = [err182];
            } else {
              vErrors.push(err182);
            }
            errors++;
          } else {
            errors = _errs227;
            if (vErrors !== null) {
              if (_errs227) {
                vErrors.length = _errs227;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data100.ignore !== void 0) {
          let data102 = data100.ignore;
          if (Array.isArray(data102)) {
            const len15 = data102.length;
            for (let i15 = 0; i15 < len15; i15++) {
              let data103 = data102[i15];
              if (typeof data103 === "string") {
                if (func2(data103) < 1) {
                  const err183 = { instancePath: instancePath + "/users/ignore/" + i15, schemaPath: "#/properties/users/properties/ignore/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.users.properties.ignore.items, data: data103 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
              } else {
                const err184 = { instancePath: instancePath + "/users/ignore/" + i15, schemaPath: "#/properties/users/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.ignore.items.type, parentSchema: schema19.properties.users.properties.ignore.items, data: data103 };
                if (vErrors === null) {
                  vErrors = [err184];
                } else {
                  vErrors.push(err184);
                }
                errors++;
              }
            }
          } else {
            const err185 = { instancePath: instancePath + "/users/ignore", schemaPath: "#/properties/users/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.users.properties.ignore.type, parentSchema: schema19.properties.users.properties.ignore, data: data102 };
            if (vErrors === null) {
              vErrors = [err185];
            } else {
              vErrors.push(err185);
            }
            errors++;
          }
        }
        if (data100.expiryWarningDays !== void 0) {
          let data104 = data100.expiryWarningDays;
          if (!(typeof data104 == "number" && (!(data104 % 1) && !isNaN(data104)) && isFinite(data104))) {
            const err186 = { instancePath: instancePath + "/users/expiryWarningDays", schemaPath: "#/properties/users/properties/expiryWarningDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema19.properties.users.properties.expiryWarningDays.type, parentSchema: schema19.properties.users.properties.expiryWarningDays, data: data104 };
            if (vErrors === null) {
              vErrors = [err186];
            } else {
              vErrors.push(err186);
            }
            errors++;
          }
          if (typeof data104 == "number" && isFinite(data104)) {
            if (data104 > 3660 || isNaN(data104)) {
              const err187 = { instancePath: instancePath + "/users/expiryWarningDays", schemaPath: "#/properties/users/properties/expiryWarningDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3660 }, message: "must be <= 3660", schema: 3660, parentSchema: schema19.properties.users.properties.expiryWarningDays, data: data104 };
              if (vErrors === null) {
                vErrors = [err187];
              } else {
                vErrors.push(err187);
              }
              errors++;
            }
            if (data104 < 0 || isNaN(data104)) {
              const err188 = { instancePath: instancePath + "/users/expiryWarningDays", schemaPath: "#/properties/users/properties/expiryWarningDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.users.properties.expiryWarningDays, data: data104 };
              if (vErrors === null) {
                vErrors = [err188];
              } else {
                vErrors.push(err188);
              }
              errors++;
            }
          }
        }
        if (data100.domains !== void 0) {
          let data105 = data100.domains;
          if (Array.isArray(data105)) {
            const len16 = data105.length;
            for (let i16 = 0; i16 < len16; i16++) {
              let data106 = data105[i16];
              if (typeof data106 === "string") {
                if (!pattern22.test(data106)) {
                  const err189 = { instancePath: instancePath + "/users/domains/" + i16, schemaPath: "#/properties/users/properties/domains/items/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$" }, message: 'must match pattern "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"', schema: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$", parentSchema: schema19.properties.users.properties.domains.items, data: data106 };
                  if (vErrors === null) {
                    vErrors = [err189];
                  } else {
                    vErrors.push(err189);
                  }
                  errors++;
                }
              } else {
                const err190 = { instancePath: instancePath + "/users/domains/" + i16, schemaPath: "#/properties/users/properties/domains/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.domains.items.type, parentSchema: schema19.properties.users.properties.domains.items, data: data106 };
                if (vErrors === null) {
                  vErrors = [err190];
                } else {
                  vErrors.push(err190);
                }
                errors++;
              }
            }
          } else {
            const err191 = { instancePath: instancePath + "/users/domains", schemaPath: "#/properties/users/properties/domains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.users.properties.domains.type, parentSchema: schema19.properties.users.properties.domains, data: data105 };
            if (vErrors === null) {
              vErrors = [err191];
            } else {
              vErrors.push(err191);
            }
            errors++;
          }
        }
        if (data100.allowLookalikes !== void 0) {
          let data107 = data100.allowLookalikes;
          if (Array.isArray(data107)) {
            const len17 = data107.length;
            for (let i17 = 0; i17 < len17; i17++) {
              let data108 = data107[i17];
              if (typeof data108 === "string") {
                if (func2(data108) < 1) {
                  const err192 = { instancePath: instancePath + "/users/allowLookalikes/" + i17, schemaPath: "#/properties/users/properties/allowLookalikes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.users.properties.allowLookalikes.items, data: data108 };
                  if (vErrors === null) {
                    vErrors = [err192];
                  } else {
                    vErrors.push(err192);
                  }
                  errors++;
                }
              } else {
                const err193 = { instancePath: instancePath + "/users/allowLookalikes/" + i17, schemaPath: "#/properties/users/properties/allowLookalikes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.users.properties.allowLookalikes.items.type, parentSchema: schema19.properties.users.properties.allowLookalikes.items, data: data108 };
                if (vErrors === null) {
                  vErrors = [err193];
                } else {
                  vErrors.push(err193);
                }
                errors++;
              }
            }
          } else {
            const err194 = { instancePath: instancePath + "/users/allowLookalikes", schemaPath: "#/properties/users/properties/allowLookalikes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.users.properties.allowLookalikes.type, parentSchema: schema19.properties.users.properties.allowLookalikes, data: data107 };
            if (vErrors === null) {
              vErrors = [err194];
            } else {
              vErrors.push(err194);
            }
            errors++;
          }
        }
      } else {
        const err195 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.users.type, parentSchema: schema19.properties.users, data: data100 };
        if (vErrors === null) {
          vErrors = [err195];
        } else {
          vErrors.push(err195);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      let data109 = data.prune;
      if (data109 && typeof data109 == "object" && !Array.isArray(data109)) {
        for (const key24 in data109) {
          if (!func1.call(schema19.properties.prune.properties, key24)) {
            const err196 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key24 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.prune, data: data109 };
            if (vErrors === null) {
              vErrors = [err196];
            } else {
              vErrors.push(err196);
            }
            errors++;
          }
        }
        if (data109.groupMembers !== void 0) {
          let data110 = data109.groupMembers;
          if (typeof data110 !== "boolean") {
            const err197 = { instancePath: instancePath + "/prune/groupMembers", schemaPath: "#/properties/prune/properties/groupMembers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.groupMembers.type, parentSchema: schema19.properties.prune.properties.groupMembers, data: data110 };
            if (vErrors === null) {
              vErrors = [err197];
            } else {
              vErrors.push(err197);
            }
            errors++;
          }
        }
        if (data109.orgMembers !== void 0) {
          let data111 = data109.orgMembers;
          if (typeof data111 !== "boolean") {
            const err198 = { instancePath: instancePath + "/prune/orgMembers", schemaPath: "#/properties/prune/properties/orgMembers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.orgMembers.type, parentSchema: schema19.properties.prune.properties.orgMembers, data: data111 };
            if (vErrors === null) {
              vErrors = [err198];
            } else {
              vErrors.push(err198);
            }
            errors++;
          }
        }
        if (data109.tenantMembers !== void 0) {
          let data112 = data109.tenantMembers;
          if (typeof data112 !== "boolean") {
            const err199 = { instancePath: instancePath + "/prune/tenantMembers", schemaPath: "#/properties/prune/properties/tenantMembers/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.tenantMembers.type, parentSchema: schema19.properties.prune.properties.tenantMembers, data: data112 };
            if (vErrors === null) {
              vErrors = [err199];
            } else {
              vErrors.push(err199);
            }
            errors++;
          }
        }
        if (data109.groupTags !== void 0) {
          let data113 = data109.groupTags;
          const _errs258 = errors;
          let valid65 = false;
          const _errs259 = errors;
          if (typeof data113 !== "boolean") {
            const err200 = { instancePath: instancePath + "/prune/groupTags", schemaPath: "#/properties/prune/properties/groupTags/anyOf/0/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.groupTags.anyOf[0].type, parentSchema: schema19.properties.prune.properties.groupTags.anyOf[0], data: data113 };
            if (vErrors === null) {
              vErrors = [err200];
            } else {
              vErrors.push(err200);
            }
            errors++;
          }
          var _valid5 = _errs259 === errors;
          valid65 = valid65 || _valid5;
          const _errs261 = errors;
          if (typeof data113 !== "string") {
            const err201 = { instancePath: instancePath + "/prune/groupTags", schemaPath: "#/properties/prune/properties/groupTags/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.prune.properties.groupTags.anyOf[1].type, parentSchema: schema19.properties.prune.properties.groupTags.anyOf[1], data: data113 };
            if (vErrors === null) {
              vErrors = [err201];
            } else {
              vErrors.push(err201);
            }
            errors++;
          }
          if ("force" !== data113) {
            const err202 = { instancePath: instancePath + "/prune/groupTags", schemaPath: "#/properties/prune/properties/groupTags/anyOf/1/const", keyword: "const", params: { allowedValue: "force" }, message: "must be equal to constant", schema: "force", parentSchema: schema19.properties.prune.properties.groupTags.anyOf[1], data: data113 };
            if (vErrors === null) {
              vErrors = [err202];
            } else {
              vErrors.push(err202);
            }
            errors++;
          }
          var _valid5 = _errs261 === errors;
          valid65 = valid65 || _valid5;
          if (!valid65) {
            const err203 = { instancePath: instancePath + "/prune/groupTags", schemaPath: "#/properties/prune/properties/groupTags/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.prune.properties.groupTags.anyOf, parentSchema: schema19.properties.prune.properties.groupTags, data: data113 };
            if (vErrors === null) {
              vErrors = [err203];
            } else {
              vErrors.push(err203);
            }
            errors++;
          } else {
            errors = _errs258;
            if (vErrors !== null) {
              if (_errs258) {
                vErrors.length = _errs258;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data109.orgs !== void 0) {
          let data114 = data109.orgs;
          if (typeof data114 !== "boolean") {
            const err204 = { instancePath: instancePath + "/prune/orgs", schemaPath: "#/properties/prune/properties/orgs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.orgs.type, parentSchema: schema19.properties.prune.properties.orgs, data: data114 };
            if (vErrors === null) {
              vErrors = [err204];
            } else {
              vErrors.push(err204);
            }
            errors++;
          }
        }
        if (data109.webhooks !== void 0) {
          let data115 = data109.webhooks;
          if (typeof data115 !== "boolean") {
            const err205 = { instancePath: instancePath + "/prune/webhooks", schemaPath: "#/properties/prune/properties/webhooks/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.webhooks.type, parentSchema: schema19.properties.prune.properties.webhooks, data: data115 };
            if (vErrors === null) {
              vErrors = [err205];
            } else {
              vErrors.push(err205);
            }
            errors++;
          }
        }
        if (data109.imports !== void 0) {
          let data116 = data109.imports;
          if (typeof data116 !== "boolean") {
            const err206 = { instancePath: instancePath + "/prune/imports", schemaPath: "#/properties/prune/properties/imports/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.imports.type, parentSchema: schema19.properties.prune.properties.imports, data: data116 };
            if (vErrors === null) {
              vErrors = [err206];
            } else {
              vErrors.push(err206);
            }
            errors++;
          }
        }
        if (data109.serviceAccounts !== void 0) {
          let data117 = data109.serviceAccounts;
          if (typeof data117 !== "boolean") {
            const err207 = { instancePath: instancePath + "/prune/serviceAccounts", schemaPath: "#/properties/prune/properties/serviceAccounts/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.serviceAccounts.type, parentSchema: schema19.properties.prune.properties.serviceAccounts, data: data117 };
            if (vErrors === null) {
              vErrors = [err207];
            } else {
              vErrors.push(err207);
            }
            errors++;
          }
        }
        if (data109.projectTags !== void 0) {
          let data118 = data109.projectTags;
          if (typeof data118 !== "boolean") {
            const err208 = { instancePath: instancePath + "/prune/projectTags", schemaPath: "#/properties/prune/properties/projectTags/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.projectTags.type, parentSchema: schema19.properties.prune.properties.projectTags, data: data118 };
            if (vErrors === null) {
              vErrors = [err208];
            } else {
              vErrors.push(err208);
            }
            errors++;
          }
        }
        if (data109.ignores !== void 0) {
          let data119 = data109.ignores;
          if (typeof data119 !== "boolean") {
            const err209 = { instancePath: instancePath + "/prune/ignores", schemaPath: "#/properties/prune/properties/ignores/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.prune.properties.ignores.type, parentSchema: schema19.properties.prune.properties.ignores, data: data119 };
            if (vErrors === null) {
              vErrors = [err209];
            } else {
              vErrors.push(err209);
            }
            errors++;
          }
        }
      } else {
        const err210 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.prune.type, parentSchema: schema19.properties.prune, data: data109 };
        if (vErrors === null) {
          vErrors = [err210];
        } else {
          vErrors.push(err210);
        }
        errors++;
      }
    }
    if (data.limits !== void 0) {
      let data120 = data.limits;
      if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
        for (const key25 in data120) {
          if (!(key25 === "maxDeletePercent")) {
            const err211 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key25 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.limits, data: data120 };
            if (vErrors === null) {
              vErrors = [err211];
            } else {
              vErrors.push(err211);
            }
            errors++;
          }
        }
        if (data120.maxDeletePercent !== void 0) {
          let data121 = data120.maxDeletePercent;
          if (typeof data121 == "number" && isFinite(data121)) {
            if (data121 > 100 || isNaN(data121)) {
              const err212 = { instancePath: instancePath + "/limits/maxDeletePercent", schemaPath: "#/properties/limits/properties/maxDeletePercent/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema19.properties.limits.properties.maxDeletePercent, data: data121 };
              if (vErrors === null) {
                vErrors = [err212];
              } else {
                vErrors.push(err212);
              }
              errors++;
            }
            if (data121 < 0 || isNaN(data121)) {
              const err213 = { instancePath: instancePath + "/limits/maxDeletePercent", schemaPath: "#/properties/limits/properties/maxDeletePercent/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.limits.properties.maxDeletePercent, data: data121 };
              if (vErrors === null) {
                vErrors = [err213];
              } else {
                vErrors.push(err213);
              }
              errors++;
            }
          } else {
            const err214 = { instancePath: instancePath + "/limits/maxDeletePercent", schemaPath: "#/properties/limits/properties/maxDeletePercent/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.limits.properties.maxDeletePercent.type, parentSchema: schema19.properties.limits.properties.maxDeletePercent, data: data121 };
            if (vErrors === null) {
              vErrors = [err214];
            } else {
              vErrors.push(err214);
            }
            errors++;
          }
        }
      } else {
        const err215 = { instancePath: instancePath + "/limits", schemaPath: "#/properties/limits/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.limits.type, parentSchema: schema19.properties.limits, data: data120 };
        if (vErrors === null) {
          vErrors = [err215];
        } else {
          vErrors.push(err215);
        }
        errors++;
      }
    }
    if (data.delegate !== void 0) {
      let data122 = data.delegate;
      if (Array.isArray(data122)) {
        const len18 = data122.length;
        for (let i18 = 0; i18 < len18; i18++) {
          let data123 = data122[i18];
          if (data123 && typeof data123 == "object" && !Array.isArray(data123)) {
            if (data123.files === void 0) {
              const err216 = { instancePath: instancePath + "/delegate/" + i18, schemaPath: "#/properties/delegate/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema19.properties.delegate.items.required, parentSchema: schema19.properties.delegate.items, data: data123 };
              if (vErrors === null) {
                vErrors = [err216];
              } else {
                vErrors.push(err216);
              }
              errors++;
            }
            if (data123.orgs === void 0) {
              const err217 = { instancePath: instancePath + "/delegate/" + i18, schemaPath: "#/properties/delegate/items/required", keyword: "required", params: { missingProperty: "orgs" }, message: "must have required property 'orgs'", schema: schema19.properties.delegate.items.required, parentSchema: schema19.properties.delegate.items, data: data123 };
              if (vErrors === null) {
                vErrors = [err217];
              } else {
                vErrors.push(err217);
              }
              errors++;
            }
            if (data123.roles === void 0) {
              const err218 = { instancePath: instancePath + "/delegate/" + i18, schemaPath: "#/properties/delegate/items/required", keyword: "required", params: { missingProperty: "roles" }, message: "must have required property 'roles'", schema: schema19.properties.delegate.items.required, parentSchema: schema19.properties.delegate.items, data: data123 };
              if (vErrors === null) {
                vErrors = [err218];
              } else {
                vErrors.push(err218);
              }
              errors++;
            }
            for (const key26 in data123) {
              if (!(key26 === "files" || key26 === "orgs" || key26 === "roles")) {
                const err219 = { instancePath: instancePath + "/delegate/" + i18, schemaPath: "#/properties/delegate/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key26 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.delegate.items, data: data123 };
                if (vErrors === null) {
                  vErrors = [err219];
                } else {
                  vErrors.push(err219);
                }
                errors++;
              }
            }
            if (data123.files !== void 0) {
              let data124 = data123.files;
              const _errs286 = errors;
              let valid70 = false;
              const _errs287 = errors;
              if (typeof data124 === "string") {
                if (func2(data124) < 1) {
                  const err220 = { instancePath: instancePath + "/delegate/" + i18 + "/files", schemaPath: "#/properties/delegate/items/properties/files/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[0], data: data124 };
                  if (vErrors === null) {
                    vErrors = [err220];
                  } else {
                    vErrors.push(err220);
                  }
                  errors++;
                }
              } else {
                const err221 = { instancePath: instancePath + "/delegate/" + i18 + "/files", schemaPath: "#/properties/delegate/items/properties/files/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.delegate.items.properties.files.anyOf[0].type, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[0], data: data124 };
                if (vErrors === null) {
                  vErrors = [err221];
                } else {
                  vErrors.push(err221);
                }
                errors++;
              }
              var _valid6 = _errs287 === errors;
              valid70 = valid70 || _valid6;
              const _errs289 = errors;
              if (Array.isArray(data124)) {
                if (data124.length < 1) {
                  const err222 = { instancePath: instancePath + "/delegate/" + i18 + "/files", schemaPath: "#/properties/delegate/items/properties/files/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[1], data: data124 };
                  if (vErrors === null) {
                    vErrors = [err222];
                  } else {
                    vErrors.push(err222);
                  }
                  errors++;
                }
                const len19 = data124.length;
                for (let i19 = 0; i19 < len19; i19++) {
                  let data125 = data124[i19];
                  if (typeof data125 === "string") {
                    if (func2(data125) < 1) {
                      const err223 = { instancePath: instancePath + "/delegate/" + i18 + "/files/" + i19, schemaPath: "#/properties/delegate/items/properties/files/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[1].items, data: data125 };
                      if (vErrors === null) {
                        vErrors = [err223];
                      } else {
                        vErrors.push(err223);
                      }
                      errors++;
                    }
                  } else {
                    const err224 = { instancePath: instancePath + "/delegate/" + i18 + "/files/" + i19, schemaPath: "#/properties/delegate/items/properties/files/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.delegate.items.properties.files.anyOf[1].items.type, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[1].items, data: data125 };
                    if (vErrors === null) {
                      vErrors = [err224];
                    } else {
                      vErrors.push(err224);
                    }
                    errors++;
                  }
                }
              } else {
                const err225 = { instancePath: instancePath + "/delegate/" + i18 + "/files", schemaPath: "#/properties/delegate/items/properties/files/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.delegate.items.properties.files.anyOf[1].type, parentSchema: schema19.properties.delegate.items.properties.files.anyOf[1], data: data124 };
                if (vErrors === null) {
                  vErrors = [err225];
                } else {
                  vErrors.push(err225);
                }
                errors++;
              }
              var _valid6 = _errs289 === errors;
              valid70 = valid70 || _valid6;
              if (!valid70) {
                const err226 = { instancePath: instancePath + "/delegate/" + i18 + "/files", schemaPath: "#/properties/delegate/items/properties/files/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.delegate.items.properties.files.anyOf, parentSchema: schema19.properties.delegate.items.properties.files, data: data124 };
                if (vErrors === null) {
                  vErrors = [err226];
                } else {
                  vErrors.push(err226);
                }
                errors++;
              } else {
                errors = _errs286;
                if (vErrors !== null) {
                  if (_errs286) {
                    vErrors.length = _errs286;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data123.orgs !== void 0) {
              let data126 = data123.orgs;
              if (Array.isArray(data126)) {
                if (data126.length < 1) {
                  const err227 = { instancePath: instancePath + "/delegate/" + i18 + "/orgs", schemaPath: "#/properties/delegate/items/properties/orgs/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.properties.delegate.items.properties.orgs, data: data126 };
                  if (vErrors === null) {
                    vErrors = [err227];
                  } else {
                    vErrors.push(err227);
                  }
                  errors++;
                }
                const len20 = data126.length;
                for (let i20 = 0; i20 < len20; i20++) {
                  let data127 = data126[i20];
                  if (typeof data127 === "string") {
                    if (func2(data127) < 1) {
                      const err228 = { instancePath: instancePath + "/delegate/" + i18 + "/orgs/" + i20, schemaPath: "#/properties/delegate/items/properties/orgs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.delegate.items.properties.orgs.items, data: data127 };
                      if (vErrors === null) {
                        vErrors = [err228];
                      } else {
                        vErrors.push(err228);
                      }
                      errors++;
                    }
                  } else {
                    const err229 = { instancePath: instancePath + "/delegate/" + i18 + "/orgs/" + i20, schemaPath: "#/properties/delegate/items/properties/orgs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.delegate.items.properties.orgs.items.type, parentSchema: schema19.properties.delegate.items.properties.orgs.items, data: data127 };
                    if (vErrors === null) {
                      vErrors = [err229];
                    } else {
                      vErrors.push(err229);
                    }
                    errors++;
                  }
                }
              } else {
                const err230 = { instancePath: instancePath + "/delegate/" + i18 + "/orgs", schemaPath: "#/properties/delegate/items/properties/orgs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.delegate.items.properties.orgs.type, parentSchema: schema19.properties.delegate.items.properties.orgs, data: data126 };
                if (vErrors === null) {
                  vErrors = [err230];
                } else {
                  vErrors.push(err230);
                }
                errors++;
              }
            }
            if (data123.roles !== void 0) {
              let data128 = data123.roles;
              if (Array.isArray(data128)) {
                const len21 = data128.length;
                for (let i21 = 0; i21 < len21; i21++) {
                  let data129 = data128[i21];
                  if (typeof data129 === "string") {
                    if (func2(data129) < 1) {
                      const err231 = { instancePath: instancePath + "/delegate/" + i18 + "/roles/" + i21, schemaPath: "#/properties/delegate/items/properties/roles/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.delegate.items.properties.roles.items, data: data129 };
                      if (vErrors === null) {
                        vErrors = [err231];
                      } else {
                        vErrors.push(err231);
                      }
                      errors++;
                    }
                  } else {
                    const err232 = { instancePath: instancePath + "/delegate/" + i18 + "/roles/" + i21, schemaPath: "#/properties/delegate/items/properties/roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.delegate.items.properties.roles.items.type, parentSchema: schema19.properties.delegate.items.properties.roles.items, data: data129 };
                    if (vErrors === null) {
                      vErrors = [err232];
                    } else {
                      vErrors.push(err232);
                    }
                    errors++;
                  }
                }
              } else {
                const err233 = { instancePath: instancePath + "/delegate/" + i18 + "/roles", schemaPath: "#/properties/delegate/items/properties/roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.delegate.items.properties.roles.type, parentSchema: schema19.properties.delegate.items.properties.roles, data: data128 };
                if (vErrors === null) {
                  vErrors = [err233];
                } else {
                  vErrors.push(err233);
                }
                errors++;
              }
            }
          } else {
            const err234 = { instancePath: instancePath + "/delegate/" + i18, schemaPath: "#/properties/delegate/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.delegate.items.type, parentSchema: schema19.properties.delegate.items, data: data123 };
            if (vErrors === null) {
              vErrors = [err234];
            } else {
              vErrors.push(err234);
            }
            errors++;
          }
        }
      } else {
        const err235 = { instancePath: instancePath + "/delegate", schemaPath: "#/properties/delegate/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.delegate.type, parentSchema: schema19.properties.delegate, data: data122 };
        if (vErrors === null) {
          vErrors = [err235];
        } else {
          vErrors.push(err235);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data130 = data.drift;
      if (data130 && typeof data130 == "object" && !Array.isArray(data130)) {
        for (const key27 in data130) {
          if (!(key27 === "ignore")) {
            const err236 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key27 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.drift, data: data130 };
            if (vErrors === null) {
              vErrors = [err236];
            } else {
              vErrors.push(err236);
            }
            errors++;
          }
        }
        if (data130.ignore !== void 0) {
          let data131 = data130.ignore;
          if (Array.isArray(data131)) {
            const len22 = data131.length;
            for (let i22 = 0; i22 < len22; i22++) {
              let data132 = data131[i22];
              if (data132 && typeof data132 == "object" && !Array.isArray(data132)) {
                if (Object.keys(data132).length < 1) {
                  const err237 = { instancePath: instancePath + "/drift/ignore/" + i22, schemaPath: "#/properties/drift/properties/ignore/items/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema19.properties.drift.properties.ignore.items, data: data132 };
                  if (vErrors === null) {
                    vErrors = [err237];
                  } else {
                    vErrors.push(err237);
                  }
                  errors++;
                }
                for (const key28 in data132) {
                  if (!(key28 === "kind" || key28 === "address" || key28 === "reason")) {
                    const err238 = { instancePath: instancePath + "/drift/ignore/" + i22, schemaPath: "#/properties/drift/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key28 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19.properties.drift.properties.ignore.items, data: data132 };
                    if (vErrors === null) {
                      vErrors = [err238];
                    } else {
                      vErrors.push(err238);
                    }
                    errors++;
                  }
                }
                if (data132.kind !== void 0) {
                  let data133 = data132.kind;
                  const _errs310 = errors;
                  let valid81 = false;
                  const _errs311 = errors;
                  if (typeof data133 !== "string") {
                    const err239 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[0].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[0], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err239];
                    } else {
                      vErrors.push(err239);
                    }
                    errors++;
                  }
                  if ("org" !== data133) {
                    const err240 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/0/const", keyword: "const", params: { allowedValue: "org" }, message: "must be equal to constant", schema: "org", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[0], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err240];
                    } else {
                      vErrors.push(err240);
                    }
                    errors++;
                  }
                  var _valid7 = _errs311 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs313 = errors;
                  if (typeof data133 !== "string") {
                    const err241 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[1].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[1], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err241];
                    } else {
                      vErrors.push(err241);
                    }
                    errors++;
                  }
                  if ("org_settings" !== data133) {
                    const err242 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/1/const", keyword: "const", params: { allowedValue: "org_settings" }, message: "must be equal to constant", schema: "org_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[1], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err242];
                    } else {
                      vErrors.push(err242);
                    }
                    errors++;
                  }
                  var _valid7 = _errs313 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs315 = errors;
                  if (typeof data133 !== "string") {
                    const err243 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[2].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[2], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err243];
                    } else {
                      vErrors.push(err243);
                    }
                    errors++;
                  }
                  if ("sast_settings" !== data133) {
                    const err244 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/2/const", keyword: "const", params: { allowedValue: "sast_settings" }, message: "must be equal to constant", schema: "sast_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[2], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err244];
                    } else {
                      vErrors.push(err244);
                    }
                    errors++;
                  }
                  var _valid7 = _errs315 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs317 = errors;
                  if (typeof data133 !== "string") {
                    const err245 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/3/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[3].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[3], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err245];
                    } else {
                      vErrors.push(err245);
                    }
                    errors++;
                  }
                  if ("iac_settings" !== data133) {
                    const err246 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/3/const", keyword: "const", params: { allowedValue: "iac_settings" }, message: "must be equal to constant", schema: "iac_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[3], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err246];
                    } else {
                      vErrors.push(err246);
                    }
                    errors++;
                  }
                  var _valid7 = _errs317 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs319 = errors;
                  if (typeof data133 !== "string") {
                    const err247 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/4/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[4].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[4], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err247];
                    } else {
                      vErrors.push(err247);
                    }
                    errors++;
                  }
                  if ("org_membership" !== data133) {
                    const err248 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/4/const", keyword: "const", params: { allowedValue: "org_membership" }, message: "must be equal to constant", schema: "org_membership", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[4], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err248];
                    } else {
                      vErrors.push(err248);
                    }
                    errors++;
                  }
                  var _valid7 = _errs319 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs321 = errors;
                  if (typeof data133 !== "string") {
                    const err249 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/5/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[5].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[5], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err249];
                    } else {
                      vErrors.push(err249);
                    }
                    errors++;
                  }
                  if ("group_settings" !== data133) {
                    const err250 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/5/const", keyword: "const", params: { allowedValue: "group_settings" }, message: "must be equal to constant", schema: "group_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[5], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err250];
                    } else {
                      vErrors.push(err250);
                    }
                    errors++;
                  }
                  var _valid7 = _errs321 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs323 = errors;
                  if (typeof data133 !== "string") {
                    const err251 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/6/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[6].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[6], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err251];
                    } else {
                      vErrors.push(err251);
                    }
                    errors++;
                  }
                  if ("group_membership" !== data133) {
                    const err252 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/6/const", keyword: "const", params: { allowedValue: "group_membership" }, message: "must be equal to constant", schema: "group_membership", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[6], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err252];
                    } else {
                      vErrors.push(err252);
                    }
                    errors++;
                  }
                  var _valid7 = _errs323 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs325 = errors;
                  if (typeof data133 !== "string") {
                    const err253 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/7/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[7].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[7], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err253];
                    } else {
                      vErrors.push(err253);
                    }
                    errors++;
                  }
                  if ("group_tag" !== data133) {
                    const err254 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/7/const", keyword: "const", params: { allowedValue: "group_tag" }, message: "must be equal to constant", schema: "group_tag", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[7], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err254];
                    } else {
                      vErrors.push(err254);
                    }
                    errors++;
                  }
                  var _valid7 = _errs325 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs327 = errors;
                  if (typeof data133 !== "string") {
                    const err255 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/8/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[8].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[8], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err255];
                    } else {
                      vErrors.push(err255);
                    }
                    errors++;
                  }
                  if ("pull_request_template" !== data133) {
                    const err256 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/8/const", keyword: "const", params: { allowedValue: "pull_request_template" }, message: "must be equal to constant", schema: "pull_request_template", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[8], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err256];
                    } else {
                      vErrors.push(err256);
                    }
                    errors++;
                  }
                  var _valid7 = _errs327 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs329 = errors;
                  if (typeof data133 !== "string") {
                    const err257 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/9/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[9].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[9], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err257];
                    } else {
                      vErrors.push(err257);
                    }
                    errors++;
                  }
                  if ("tenant" !== data133) {
                    const err258 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/9/const", keyword: "const", params: { allowedValue: "tenant" }, message: "must be equal to constant", schema: "tenant", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[9], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err258];
                    } else {
                      vErrors.push(err258);
                    }
                    errors++;
                  }
                  var _valid7 = _errs329 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs331 = errors;
                  if (typeof data133 !== "string") {
                    const err259 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/10/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[10].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[10], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err259];
                    } else {
                      vErrors.push(err259);
                    }
                    errors++;
                  }
                  if ("tenant_membership" !== data133) {
                    const err260 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/10/const", keyword: "const", params: { allowedValue: "tenant_membership" }, message: "must be equal to constant", schema: "tenant_membership", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[10], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err260];
                    } else {
                      vErrors.push(err260);
                    }
                    errors++;
                  }
                  var _valid7 = _errs331 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs333 = errors;
                  if (typeof data133 !== "string") {
                    const err261 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/11/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[11].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[11], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err261];
                    } else {
                      vErrors.push(err261);
                    }
                    errors++;
                  }
                  if ("pending_user" !== data133) {
                    const err262 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/11/const", keyword: "const", params: { allowedValue: "pending_user" }, message: "must be equal to constant", schema: "pending_user", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[11], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err262];
                    } else {
                      vErrors.push(err262);
                    }
                    errors++;
                  }
                  var _valid7 = _errs333 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs335 = errors;
                  if (typeof data133 !== "string") {
                    const err263 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/12/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[12].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[12], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err263];
                    } else {
                      vErrors.push(err263);
                    }
                    errors++;
                  }
                  if ("project" !== data133) {
                    const err264 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/12/const", keyword: "const", params: { allowedValue: "project" }, message: "must be equal to constant", schema: "project", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[12], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err264];
                    } else {
                      vErrors.push(err264);
                    }
                    errors++;
                  }
                  var _valid7 = _errs335 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs337 = errors;
                  if (typeof data133 !== "string") {
                    const err265 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/13/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[13].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[13], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err265];
                    } else {
                      vErrors.push(err265);
                    }
                    errors++;
                  }
                  if ("integration_settings" !== data133) {
                    const err266 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/13/const", keyword: "const", params: { allowedValue: "integration_settings" }, message: "must be equal to constant", schema: "integration_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[13], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err266];
                    } else {
                      vErrors.push(err266);
                    }
                    errors++;
                  }
                  var _valid7 = _errs337 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs339 = errors;
                  if (typeof data133 !== "string") {
                    const err267 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/14/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[14].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[14], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err267];
                    } else {
                      vErrors.push(err267);
                    }
                    errors++;
                  }
                  if ("notification_settings" !== data133) {
                    const err268 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/14/const", keyword: "const", params: { allowedValue: "notification_settings" }, message: "must be equal to constant", schema: "notification_settings", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[14], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err268];
                    } else {
                      vErrors.push(err268);
                    }
                    errors++;
                  }
                  var _valid7 = _errs339 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs341 = errors;
                  if (typeof data133 !== "string") {
                    const err269 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/15/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[15].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[15], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err269];
                    } else {
                      vErrors.push(err269);
                    }
                    errors++;
                  }
                  if ("webhook" !== data133) {
                    const err270 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/15/const", keyword: "const", params: { allowedValue: "webhook" }, message: "must be equal to constant", schema: "webhook", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[15], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err270];
                    } else {
                      vErrors.push(err270);
                    }
                    errors++;
                  }
                  var _valid7 = _errs341 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs343 = errors;
                  if (typeof data133 !== "string") {
                    const err271 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/16/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[16].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[16], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err271];
                    } else {
                      vErrors.push(err271);
                    }
                    errors++;
                  }
                  if ("placement" !== data133) {
                    const err272 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/16/const", keyword: "const", params: { allowedValue: "placement" }, message: "must be equal to constant", schema: "placement", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[16], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err272];
                    } else {
                      vErrors.push(err272);
                    }
                    errors++;
                  }
                  var _valid7 = _errs343 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs345 = errors;
                  if (typeof data133 !== "string") {
                    const err273 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/17/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[17].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[17], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err273];
                    } else {
                      vErrors.push(err273);
                    }
                    errors++;
                  }
                  if ("ignore" !== data133) {
                    const err274 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/17/const", keyword: "const", params: { allowedValue: "ignore" }, message: "must be equal to constant", schema: "ignore", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[17], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err274];
                    } else {
                      vErrors.push(err274);
                    }
                    errors++;
                  }
                  var _valid7 = _errs345 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs347 = errors;
                  if (typeof data133 !== "string") {
                    const err275 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/18/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[18].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[18], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err275];
                    } else {
                      vErrors.push(err275);
                    }
                    errors++;
                  }
                  if ("import" !== data133) {
                    const err276 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/18/const", keyword: "const", params: { allowedValue: "import" }, message: "must be equal to constant", schema: "import", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[18], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err276];
                    } else {
                      vErrors.push(err276);
                    }
                    errors++;
                  }
                  var _valid7 = _errs347 === errors;
                  valid81 = valid81 || _valid7;
                  const _errs349 = errors;
                  if (typeof data133 !== "string") {
                    const err277 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/19/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[19].type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[19], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err277];
                    } else {
                      vErrors.push(err277);
                    }
                    errors++;
                  }
                  if ("service_account" !== data133) {
                    const err278 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf/19/const", keyword: "const", params: { allowedValue: "service_account" }, message: "must be equal to constant", schema: "service_account", parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf[19], data: data133 };
                    if (vErrors === null) {
                      vErrors = [err278];
                    } else {
                      vErrors.push(err278);
                    }
                    errors++;
                  }
                  var _valid7 = _errs349 === errors;
                  valid81 = valid81 || _valid7;
                  if (!valid81) {
                    const err279 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/kind", schemaPath: "#/properties/drift/properties/ignore/items/properties/kind/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.drift.properties.ignore.items.properties.kind.anyOf, parentSchema: schema19.properties.drift.properties.ignore.items.properties.kind, data: data133 };
                    if (vErrors === null) {
                      vErrors = [err279];
                    } else {
                      vErrors.push(err279);
                    }
                    errors++;
                  } else {
                    errors = _errs310;
                    if (vErrors !== null) {
                      if (_errs310) {
                        vErrors.length = _errs310;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data132.address !== void 0) {
                  let data134 = data132.address;
                  if (typeof data134 === "string") {
                    if (func2(data134) < 1) {
                      const err280 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/address", schemaPath: "#/properties/drift/properties/ignore/items/properties/address/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.drift.properties.ignore.items.properties.address, data: data134 };
                      if (vErrors === null) {
                        vErrors = [err280];
                      } else {
                        vErrors.push(err280);
                      }
                      errors++;
                    }
                  } else {
                    const err281 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/address", schemaPath: "#/properties/drift/properties/ignore/items/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.address.type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.address, data: data134 };
                    if (vErrors === null) {
                      vErrors = [err281];
                    } else {
                      vErrors.push(err281);
                    }
                    errors++;
                  }
                }
                if (data132.reason !== void 0) {
                  let data135 = data132.reason;
                  if (typeof data135 !== "string") {
                    const err282 = { instancePath: instancePath + "/drift/ignore/" + i22 + "/reason", schemaPath: "#/properties/drift/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.drift.properties.ignore.items.properties.reason.type, parentSchema: schema19.properties.drift.properties.ignore.items.properties.reason, data: data135 };
                    if (vErrors === null) {
                      vErrors = [err282];
                    } else {
                      vErrors.push(err282);
                    }
                    errors++;
                  }
                }
              } else {
                const err283 = { instancePath: instancePath + "/drift/ignore/" + i22, schemaPath: "#/properties/drift/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.drift.properties.ignore.items.type, parentSchema: schema19.properties.drift.properties.ignore.items, data: data132 };
                if (vErrors === null) {
                  vErrors = [err283];
                } else {
                  vErrors.push(err283);
                }
                errors++;
              }
            }
          } else {
            const err284 = { instancePath: instancePath + "/drift/ignore", schemaPath: "#/properties/drift/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.properties.drift.properties.ignore.type, parentSchema: schema19.properties.drift.properties.ignore, data: data131 };
            if (vErrors === null) {
              vErrors = [err284];
            } else {
              vErrors.push(err284);
            }
            errors++;
          }
        }
      } else {
        const err285 = { instancePath: instancePath + "/drift", schemaPath: "#/properties/drift/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.properties.drift.type, parentSchema: schema19.properties.drift, data: data130 };
        if (vErrors === null) {
          vErrors = [err285];
        } else {
          vErrors.push(err285);
        }
        errors++;
      }
    }
  } else {
    const err286 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err286];
    } else {
      vErrors.push(err286);
    }
    errors++;
  }
  validate52.errors = vErrors;
  return errors === 0;
}
validate52.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function configValidator() {
  return validate;
}

// src/config/schema-check.ts
function checkSchema(doc) {
  const validate2 = configValidator();
  if (validate2(doc.data)) return [];
  const errors = dropTypeOfConst(collapseUnions(validate2.errors ?? []));
  const issues = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    const path = toPath(error.instancePath, doc.data);
    const issue = describeError(error, path, doc);
    const key = `${issue.line}:${issue.column}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}
function collapseUnions(errors) {
  const unions = errors.filter((e) => e.keyword === "anyOf");
  if (unions.length === 0) return errors;
  const dropped = /* @__PURE__ */ new Set();
  for (const union of unions) {
    const inner = errors.filter(
      (e) => e !== union && e.schemaPath.startsWith(`${union.schemaPath}/`) && e.instancePath.startsWith(union.instancePath)
    );
    const byBranch = /* @__PURE__ */ new Map();
    for (const e of inner) {
      const branch = e.schemaPath.slice(union.schemaPath.length + 1).split("/")[0] ?? "";
      byBranch.set(branch, [...byBranch.get(branch) ?? [], e]);
    }
    const typeMismatch = (e) => e.instancePath === union.instancePath && (e.keyword === "type" || e.keyword === "const");
    const matching = [...byBranch.values()].find((list) => !list.some(typeMismatch));
    for (const e of inner) if (matching === void 0 || !matching.includes(e)) dropped.add(e);
    if (matching !== void 0) dropped.add(union);
  }
  return errors.filter((e) => !dropped.has(e));
}
function dropTypeOfConst(errors) {
  const consts = new Set(errors.filter((e) => e.keyword === "const").map((e) => e.instancePath));
  return errors.filter((e) => e.keyword !== "type" || !consts.has(e.instancePath));
}
function toPath(pointer, data) {
  if (pointer === "") return [];
  const path = [];
  let node = data;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = node !== null && typeof node === "object" ? node[segment] : void 0;
    }
  }
  return path;
}
function describeError(error, path, doc) {
  const where2 = formatPath(path);
  const value = error.data;
  const parent = error.parentSchema ?? {};
  const located2 = (code, message, at3 = path, kind = "value") => ({
    code,
    message,
    ...doc.locate(at3, kind),
    path: formatPath(at3)
  });
  const got = `got ${describeValue(value)}`;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const inWhat = path.length === 0 ? "at the top level" : `in ${where2}`;
      const hint = key === "classes" && path[0] === "classes" && path.length === 2 ? " A class may not list classes: list every class on the org that uses it." : didYouMean(key, allowed);
      return located2(
        "unknown-key",
        `unknown key '${key}' ${inWhat}.${hint} Expected one of: ${allowed.join(", ")}`,
        [...path, key],
        "key"
      );
    }
    case "required": {
      const key = String(error.params.missingProperty);
      const inWhat = path.length === 0 ? "at the top level" : `in ${where2}`;
      const hint = key === "version" ? " (add `version: 1`)" : "";
      return located2("missing-key", `missing required key '${key}' ${inWhat}${hint}`);
    }
    case "type": {
      const expected = String(error.params.type).split(",").map(typeName).join(" or ");
      const shown = value !== null && typeof value === "object" ? kindOf(value) : `${kindOf(value)} ${describeValue(value)}`;
      const subject = path.length === 0 ? "the file" : where2;
      return located2("wrong-type", `${subject}: expected ${expected}, got ${shown}`);
    }
    default: {
      const { code, message } = describeValueError(error, { path, where: where2, value, parent, got });
      return located2(code, message);
    }
  }
}
function describeValueError(error, {
  path,
  where: where2,
  value,
  parent,
  got
}) {
  const located2 = (code, message) => ({ code, message });
  switch (error.keyword) {
    case "const":
      return located2("wrong-value", `${where2}: expected ${JSON.stringify(error.schema)}, ${got}`);
    case "enum": {
      const allowed = error.schema.map((v) => JSON.stringify(v));
      const hint = typeof value === "string" ? didYouMean(value, error.schema) : "";
      return located2(
        "wrong-value",
        `${where2}: expected one of ${allowed.join(", ")}, ${got}.${hint}`.replace(/\.$/, "")
      );
    }
    case "anyOf": {
      const branches = error.schema.map(describeBranch);
      const literals = error.schema.flatMap(
        (b) => typeof b.const === "string" ? [b.const] : []
      );
      const hint = typeof value === "string" ? didYouMean(value, literals) : "";
      return located2(
        "wrong-value",
        `${where2}: expected ${joinOr(branches)}, ${got}.${hint}`.replace(/\.$/, "")
      );
    }
    case "format": {
      const format = String(error.params.format);
      const example = format === "uuid" ? " like 4a18d42f-0706-4ad0-b127-24078731fbed" : "";
      return located2("bad-format", `${where2}: expected ${article(format)} ${format}${example}, ${got}`);
    }
    case "pattern":
      return located2("bad-format", `${where2}: ${patternExpectation(path, parent)}, ${got}`);
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return located2("out-of-range", `${where2}: expected ${describeNumber(parent)}, ${got}`);
    case "minLength":
    case "maxLength":
      return located2("bad-length", `${where2}: expected ${describeLength(parent)}, ${got}`);
    case "minProperties": {
      const keys = Object.keys(parent.properties ?? {});
      return located2("empty-mapping", `${where2}: expected at least one of the keys ${keys.join(", ")}`);
    }
    default:
      return located2("schema", `${where2}: ${error.message ?? "does not match the schema"}`);
  }
}
function typeName(type2) {
  const names2 = {
    array: "a list",
    object: "a mapping",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  return names2[type2] ?? type2;
}
function describeBranch(branch) {
  if ("const" in branch) return JSON.stringify(branch.const).replace(/^"(.*)"$/, "'$1'");
  if (branch.type === "integer" || branch.type === "number") return describeNumber(branch);
  if (branch.type === "boolean") return "true, false";
  return typeName(String(branch.type));
}
function describeNumber(schema2) {
  const noun = schema2.type === "integer" ? "an integer" : "a number";
  const { minimum, maximum } = schema2;
  if (typeof minimum === "number" && typeof maximum === "number")
    return `${noun} from ${minimum} to ${maximum}`;
  if (typeof minimum === "number") return `${noun} of at least ${minimum}`;
  if (typeof maximum === "number") return `${noun} of at most ${maximum}`;
  return noun;
}
function describeLength(schema2) {
  const { minLength, maxLength } = schema2;
  if (typeof minLength === "number" && typeof maxLength === "number")
    return minLength === 1 ? `a non-empty string of at most ${maxLength} characters` : `a string of ${minLength} to ${maxLength} characters`;
  if (typeof minLength === "number")
    return minLength === 1 ? "a non-empty string" : `at least ${minLength} characters`;
  return `at most ${String(maxLength)} characters`;
}
function patternExpectation(path, schema2) {
  const field = path[path.length - 1];
  const description = typeof schema2.description === "string" ? schema2.description : "";
  if (field === "user") return "expected an email address, a username (no @) or a user id";
  const words = description.split(": ")[1]?.replace(/\.$/, "");
  return words === void 0 ? `expected a value matching ${String(schema2.pattern)}` : `expected ${words}`;
}
function joinOr(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
function article(word) {
  return /^[aeiou]/i.test(word) && !/^u[a-z]{3}$/i.test(word) ? "an" : "a";
}

// src/config/validate.ts
function validateWith(docs, earlier, files, options = {}) {
  if (docs.length === 0) {
    const issues2 = earlier.length > 0 ? earlier : [{ code: "no-files", message: "no config files to validate" }];
    return { ok: false, files, issues: [...issues2].sort(compareIssues) };
  }
  const issues = [...earlier];
  const conforming = [];
  for (const doc of docs) {
    const found = checkSchema(doc);
    if (found.length === 0) conforming.push({ doc, config: doc.data });
    issues.push(...found);
  }
  if (conforming.length === 0) return { ok: false, files, issues: issues.sort(compareIssues) };
  const { merged, issues: conflicts } = mergeDocuments(conforming);
  const rules = checkRules(merged);
  const expiry = checkExpiry(merged, options.now ?? /* @__PURE__ */ new Date(-864e13));
  const estate = checkEstateRules(merged, options.now ?? /* @__PURE__ */ new Date(-864e13));
  const delegation = checkDelegation(conforming, options.placement ?? (() => void 0));
  const errors = [
    ...rules.errors,
    ...checkClasses(merged),
    ...expiry.errors,
    ...estate.errors,
    ...delegation,
    ...checkPeople(conforming)
  ];
  const warnings = [...rules.warnings, ...expiry.warnings, ...estate.warnings];
  const complete = conforming.length === docs.length && earlier.length === 0;
  issues.push(...conflicts, ...errors.filter((e) => complete || e.code !== "missing-group"));
  if (issues.length > 0 || merged.groupId === void 0)
    return { ok: false, files, issues: issues.sort(compareIssues) };
  const { desired, locate, classOf } = normalize(merged, merged.groupId.value);
  const contents = describeFiles(docs, merged, (doc) => options.placement?.(doc)?.absolute);
  return {
    ok: true,
    desired,
    files,
    warnings: warnings.sort(compareIssues),
    locate,
    ...classOf === void 0 ? {} : { classOf },
    contents
  };
}

// src/config/walk.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
async function listYamlFiles(dir) {
  const found = [];
  const walk = async (segments) => {
    const entries = await readdir(join(dir, ...segments), { withFileTypes: true });
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith(".")) await walk([...segments, entry.name]);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && YAML_FILE.test(entry.name)) {
        found.push([...segments, entry.name]);
      }
    }
  };
  await walk([]);
  found.sort(comparePaths);
  return found.map((segments) => join(dir, ...segments));
}
function comparePaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

// src/config/load.ts
async function loadConfig(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const issues = [];
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    for (const file of await expandPath(absolute, path, cwd, issues)) {
      if (seen.has(file.file)) continue;
      seen.add(file.file);
      files.push(file);
    }
  }
  const docs = [];
  const placement = /* @__PURE__ */ new Map();
  const shown = files.map(({ file }) => displayName(file, cwd));
  const strings = /* @__PURE__ */ new Map();
  for (const [i, file] of files.entries()) {
    const name = shown[i] ?? file.file;
    const text = await readText(file, name, issues);
    if (text === void 0) continue;
    const parsed = parseSource(name, text, strings);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    docs.push(parsed.doc);
    placement.set(parsed.doc, {
      absolute: file.file,
      ...file.given === void 0 ? {} : { root: file.given }
    });
  }
  return validateWith(docs, issues, shown, {
    now: (options.now ?? (() => /* @__PURE__ */ new Date()))(),
    placement: (doc) => placement.get(doc)
  });
}
async function expandPath(absolute, given, cwd, issues) {
  let info;
  try {
    info = await stat(absolute);
    const link = (await lstat(absolute)).isSymbolicLink();
    if (link && info.isDirectory() && !await withinTree(cwd, absolute)) {
      issues.push({
        code: "symlink-outside",
        file: given,
        message: "is a symbolic link to a directory outside the working directory (or a hidden folder such as .git): refused; expected a directory of YAML config files"
      });
      return [];
    }
  } catch (error) {
    const code = error.code;
    const missing = code === "ENOENT";
    const reason = missing ? "no such file or directory" : `cannot be read (${code ?? "error"})`;
    issues.push({
      code: missing ? "not-found" : "unreadable",
      file: given,
      message: `${reason}: expected a YAML config file or a directory of them`
    });
    return [];
  }
  if (!info.isDirectory()) return [{ file: absolute, root: dirname2(absolute) }];
  const yaml2 = await listYamlFiles(absolute);
  if (yaml2.length === 0)
    issues.push({
      code: "no-yaml-files",
      file: given,
      message: `directory '${given}' holds no *.yaml or *.yml file: expected the config files in it`
    });
  return yaml2.map((file) => ({ file, root: absolute, given: absolute }));
}
async function withinTree(root, path) {
  const rel = relative2(await realpath(root), await realpath(path));
  if (rel.startsWith("..") || isAbsolute(rel)) return false;
  return !rel.split(sep2).some((part) => part.startsWith("."));
}
async function readText({ file, root }, name, issues) {
  const fail = (code, message, line, column) => {
    issues.push({ code, file: name, message, ...line === void 0 ? {} : { line, column: column ?? 1 } });
    return void 0;
  };
  const read = await readConfigFile(file, root);
  if (!read.ok) return fail(read.code, read.message);
  const bytes = read.bytes;
  if (!isUtf8(bytes)) {
    const { line, column, offset } = firstInvalidByte(bytes);
    return fail(
      "not-utf8",
      `the file is not valid UTF-8 (byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, "0")} at offset ${offset}): expected UTF-8 text; is it a binary file or in another encoding?`,
      line,
      column
    );
  }
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const text = bytes.toString("utf8", bom);
  const nul = text.indexOf("\0");
  if (nul >= 0) {
    const before = text.slice(0, nul).split("\n");
    return fail(
      "binary-file",
      "the file contains a NUL byte: expected YAML text; is it a binary file?",
      before.length,
      (before[before.length - 1]?.length ?? 0) + 1
    );
  }
  return text;
}
function firstInvalidByte(bytes) {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = lead < 128 ? 1 : lead >= 194 && lead < 224 ? 2 : lead >= 224 && lead < 240 ? 3 : lead >= 240 && lead < 245 ? 4 : 0;
    const continuations = bytes.subarray(i + 1, i + length);
    if (length === 0 || continuations.length < length - 1 || continuations.some((b) => (b & 192) !== 128))
      return { line, column, offset: i };
    if (lead === 10) {
      line++;
      column = 1;
    } else column++;
    i += length;
  }
  return { line, column, offset: Math.max(0, bytes.length - 1) };
}
function displayName(file, cwd) {
  const rel = relative2(cwd, file);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

export {
  formatIssue,
  require_dist,
  DEFAULT_MAX_DELETE_PERCENT,
  loadConfig
};
