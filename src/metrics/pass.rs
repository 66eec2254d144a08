//! The one pass: a single iterative walk over a tree with one cursor computes lines,
//! functions, cyclomatic and cognitive complexity, nesting, Halstead, documentation and
//! imports together. Never recursive: 10,000 nested brackets must not overflow the stack.

use tree_sitter::{Node, Tree};

use super::halstead::Tally;
use super::loc::{LineMap, count_rows};
use super::{DocCoverage, FileMetrics, FunctionMetrics, Import, maintainability_index};
use crate::lang::{CaseCount, Lang, LangTable, role, text};

/// Options of the pass that come from configuration.
#[derive(Debug, Clone, Copy)]
pub struct MeasureOptions {
    /// Count Python docstrings (a string alone in a statement) as comment lines.
    pub docstrings_as_comments: bool,
}

impl Default for MeasureOptions {
    fn default() -> Self {
        Self { docstrings_as_comments: true }
    }
}

/// No enclosing function: the file's top level.
const TOP: u32 = u32::MAX;

/// What the walk remembers about each ancestor of the current node.
#[derive(Clone, Copy)]
struct Frame {
    kind: u16,
    role: u32,
    /// Innermost enclosing function (index into `Pass::functions`), or `TOP`.
    func: u32,
    /// Cognitive nesting level for this node's children.
    nest: u16,
    /// Nesting depth of control structures for this node's children.
    depth: u16,
    /// For `if` nodes and their `else` wrappers: the level the `if` chain sits at.
    chain_nest: u16,
    chain_depth: u16,
    /// For logical expressions: the operator's kind id (0 when not logical).
    logical_op: u16,
    /// A qualified-name scope was pushed for this node.
    named: bool,
    /// Inside a string literal (outside any interpolation): already measured as one token.
    in_string: bool,
}

struct FunctionAcc {
    name: String,
    qualified_name: String,
    start_row: usize,
    end_row: usize,
    parameters: u32,
    decisions: u32,
    cognitive: u32,
    max_depth: u16,
    public: bool,
    documented: bool,
    /// Calls itself (counted once, as the white paper's "each method in a recursion cycle").
    recursive: bool,
}

struct Pass<'a> {
    table: &'a LangTable,
    src: &'a [u8],
    options: MeasureOptions,
    lines: LineMap,
    stack: Vec<Frame>,
    scopes: Vec<String>,
    functions: Vec<FunctionAcc>,
    halstead: Tally,
    top_decisions: u32,
    top_cognitive: u32,
    all_decisions: u32,
    parse_errors: u32,
    /// The tree has error or missing nodes somewhere (else nothing needs checking).
    has_errors: bool,
    classes: u32,
    docs: DocCoverage,
    imports: Vec<Import>,
    import_buf: Vec<String>,
    separator: &'static str,
}

/// Measure one parsed file.
pub fn measure(table: &LangTable, tree: &Tree, src: &[u8], options: MeasureOptions) -> FileMetrics {
    run(table, tree, src, options).finish()
}

/// Each row's class, `C`ode, `#` comment or `.` blank: for explaining line counts.
pub fn line_classes(table: &LangTable, tree: &Tree, src: &[u8], options: MeasureOptions) -> String {
    run(table, tree, src, options).lines.classes()
}

fn run<'a>(table: &'a LangTable, tree: &'a Tree, src: &'a [u8], options: MeasureOptions) -> Pass<'a> {
    let separator = match table.spec.lang {
        Lang::Rust | Lang::Cpp => "::",
        _ => ".",
    };
    let mut pass = Pass {
        table,
        src,
        options,
        lines: LineMap::new(count_rows(src)),
        stack: Vec::with_capacity(64),
        scopes: Vec::new(),
        functions: Vec::new(),
        halstead: Tally::with_capacity(src.len() / 4),
        top_decisions: 0,
        top_cognitive: 0,
        all_decisions: 0,
        parse_errors: 0,
        has_errors: false,
        classes: 0,
        docs: DocCoverage::default(),
        imports: Vec::new(),
        import_buf: Vec::new(),
        separator,
    };
    pass.walk(tree);
    pass
}

impl<'a> Pass<'a> {
    fn walk(&mut self, tree: &'a Tree) {
        self.has_errors = tree.root_node().has_error();
        let mut cursor = tree.walk();
        let mut node = cursor.node();
        self.enter(node, None);
        loop {
            // comments are leaves for us; strings are entered only where they can hold
            // interpolated code (f-strings, template literals)
            let r = self.stack.last().map_or(0, |f| f.role);
            let atomic = r & role::COMMENT != 0 || (r & role::STRING != 0 && !self.table.interpolates);
            if !atomic && cursor.goto_first_child() {
                node = cursor.node();
                let field = self.field(&cursor);
                self.enter(node, field);
                continue;
            }
            if r & (role::STRING | role::COMMENT) == 0 {
                self.leaf(node);
            }
            loop {
                self.exit();
                if cursor.goto_next_sibling() {
                    node = cursor.node();
                    let field = self.field(&cursor);
                    self.enter(node, field);
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }

    /// The cursor's field, read only where the rules need it: under an `if`.
    #[inline]
    fn field(&self, cursor: &tree_sitter::TreeCursor) -> Option<std::num::NonZeroU16> {
        match self.stack.last() {
            Some(parent) if parent.role & role::IF != 0 => cursor.field_id(),
            _ => None,
        }
    }

    fn enter(&mut self, node: Node<'a>, field: Option<std::num::NonZeroU16>) {
        let kind = node.kind_id();
        let r = self.table.role(kind);
        let parent = self.stack.last().copied().unwrap_or(Frame {
            kind: 0,
            role: 0,
            func: TOP,
            nest: 0,
            depth: 0,
            chain_nest: 0,
            chain_depth: 0,
            logical_op: 0,
            named: false,
            in_string: false,
        });
        let mut frame = Frame { kind, role: r, logical_op: 0, named: false, ..parent };
        if parent.in_string {
            if r & role::INTERPOLATION == 0 {
                self.stack.push(frame);
                return;
            }
            frame.in_string = false;
        }

        if self.has_errors && (node.is_error() || node.is_missing()) {
            self.parse_errors += 1;
        }
        // most nodes play no role: nothing to measure unless they branch off an `if`
        if r == 0 && parent.role & role::IF == 0 {
            self.stack.push(frame);
            return;
        }
        if r & (role::STRING | role::COMMENT) != 0 {
            self.token(node, r, &parent);
            frame.in_string = r & role::STRING != 0;
        }
        if r & role::FUNCTION != 0 {
            self.start_function(node, &parent, &mut frame);
        } else if r & role::CLASS != 0 {
            self.start_class(node, &parent, &mut frame);
        } else if r & role::SCOPE != 0 {
            let name = node
                .child_by_field_name("name")
                .or_else(|| node.child_by_field_name("type"))
                .map(|n| text(n, self.src).into_owned());
            if let Some(name) = name {
                self.scopes.push(name);
                frame.named = true;
            }
        }
        if r & (role::BRANCH | role::CASE | role::BRANCH_TOKEN) != 0 {
            self.cyclomatic(node, r, &parent);
        }
        self.cognitive(node, r, field, &parent, &mut frame);
        if r & role::IMPORT != 0 {
            self.import(node);
        }
        self.stack.push(frame);
    }

    fn exit(&mut self) {
        if let Some(frame) = self.stack.pop()
            && frame.named
        {
            self.scopes.pop();
        }
    }

    /// A node without children (outside any string literal): a token.
    #[inline]
    fn leaf(&mut self, node: Node<'a>) {
        if let Some(&frame) = self.stack.last()
            && !frame.in_string
        {
            self.token(node, frame.role, &frame);
        }
    }

    /// A leaf: lines and Halstead.
    fn token(&mut self, node: Node<'a>, r: u32, parent: &Frame) {
        let start = node.start_position().row;
        let end = end_row(node);
        if node.start_byte() == node.end_byte() {
            return;
        }
        if r & role::COMMENT != 0 {
            self.lines.comment(start, end);
            return;
        }
        let bytes = &self.src[node.start_byte().min(self.src.len())..node.end_byte().min(self.src.len())];
        if bytes.first().is_some_and(u8::is_ascii_whitespace) && bytes.iter().all(u8::is_ascii_whitespace) {
            // a newline token (C's `#if` line end can swallow the blank rows after it)
            return;
        }
        if r & role::STRING != 0
            && parent.role & role::EXPR_STATEMENT != 0
            && self.options.docstrings_as_comments
        {
            // a string alone in a statement: a docstring, counted as comment
            self.lines.comment(start, end);
            return;
        }
        self.lines.code(start, end);
        if r & role::STRING != 0 || node.is_named() {
            self.halstead.operand(parent.func, bytes);
        } else {
            self.halstead.operator(parent.func, node.kind_id());
        }
    }

    fn function(&mut self, index: u32) -> Option<&mut FunctionAcc> {
        if index == TOP { None } else { self.functions.get_mut(index as usize) }
    }

    fn start_function(&mut self, node: Node<'a>, parent: &Frame, frame: &mut Frame) {
        let hooks = &self.table.spec.hooks;
        let name = (hooks.function_name)(node, self.src).unwrap_or_else(|| "(anonymous)".into());
        let qualified_name = if self.scopes.is_empty() {
            name.clone()
        } else {
            format!("{}{}{}", self.scopes.join(self.separator), self.separator, name)
        };
        let top_level = parent.func == TOP;
        let public = top_level && (hooks.is_public)(node, self.src);
        let documented = public && (hooks.is_documented)(node, self.src);
        if public {
            self.docs.public += 1;
            self.docs.documented += u32::from(documented);
        }
        let index = self.functions.len() as u32;
        self.functions.push(FunctionAcc {
            name: name.clone(),
            qualified_name,
            start_row: node.start_position().row,
            end_row: end_row(node),
            parameters: count_parameters(node, self.src),
            decisions: 0,
            cognitive: 0,
            max_depth: 0,
            public,
            documented,
            recursive: false,
        });
        self.scopes.push(name);
        frame.named = true;
        frame.func = index;
        frame.nest = 0;
        frame.depth = 0;
    }

    fn start_class(&mut self, node: Node<'a>, parent: &Frame, frame: &mut Frame) {
        if self.table.spec.kinds.class_needs_body && node.child_by_field_name("body").is_none() {
            return;
        }
        self.classes += 1;
        if parent.func == TOP && (self.table.spec.hooks.is_public)(node, self.src) {
            self.docs.public += 1;
            self.docs.documented += u32::from((self.table.spec.hooks.is_documented)(node, self.src));
        }
        let name = node.child_by_field_name("name").map(|n| text(n, self.src).into_owned());
        self.scopes.push(name.unwrap_or_else(|| "(anonymous)".into()));
        frame.named = true;
    }

    /// McCabe decision points.
    fn cyclomatic(&mut self, node: Node<'a>, r: u32, parent: &Frame) {
        let counts = if r & role::BRANCH != 0 {
            true
        } else if r & role::CASE != 0 {
            match self.table.spec.kinds.case_count {
                CaseCount::NonDefault => !is_default_case(node, self.src),
                CaseCount::AllButFirst => {
                    let mut prev = node.prev_named_sibling();
                    while let Some(p) = prev {
                        if self.table.role(p.kind_id()) & role::CASE != 0 {
                            break;
                        }
                        prev = p.prev_named_sibling();
                    }
                    prev.is_some()
                }
            }
        } else {
            self.table.branch_tokens.contains(&(node.kind_id(), parent.kind))
        };
        if counts {
            self.all_decisions += 1;
            match self.function(parent.func) {
                Some(f) => f.decisions += 1,
                None => self.top_decisions += 1,
            }
        }
    }

    /// Cognitive complexity and nesting depth (Campbell's white paper).
    fn cognitive(
        &mut self,
        node: Node<'a>,
        r: u32,
        field: Option<std::num::NonZeroU16>,
        parent: &Frame,
        frame: &mut Frame,
    ) {
        let alternative = field.is_some() && field == self.table.alternative_field;
        let mut add = 0u32;
        let mut structure_depth = None;
        if r & role::IF != 0 {
            let else_if = (parent.role & role::ELSE != 0 && parent.chain_nest != u16::MAX)
                || (parent.role & role::IF != 0 && alternative);
            let (level, depth) = if else_if {
                add += 1;
                (parent.chain_nest, parent.chain_depth)
            } else {
                add += 1 + u32::from(parent.nest);
                (parent.nest, parent.depth)
            };
            frame.chain_nest = level;
            frame.chain_depth = depth;
            frame.nest = level + 1;
            frame.depth = depth + 1;
            structure_depth = Some(frame.depth);
        } else if parent.role & role::IF != 0 && (alternative || r & (role::ELSE | role::ELIF) != 0) {
            // an else branch, else wrapper or elif of an if chain
            frame.chain_nest = parent.chain_nest;
            frame.chain_depth = parent.chain_depth;
            // `else if`, looking past a comment between the two words
            let wraps_if = r & role::ELSE != 0 && {
                let mut cursor = node.walk();
                let first = node
                    .named_children(&mut cursor)
                    .find(|c| self.table.role(c.kind_id()) & role::COMMENT == 0);
                first.is_some_and(|c| self.table.role(c.kind_id()) & role::IF != 0)
            };
            if !wraps_if {
                add += 1;
                frame.nest = parent.chain_nest + 1;
                frame.depth = parent.chain_depth + 1;
            }
        } else if r & role::ELSE != 0 {
            // `else` of a loop or try (Python): not part of an if chain
            frame.chain_nest = u16::MAX;
        } else if r & role::COGNITIVE != 0 {
            add += 1 + u32::from(parent.nest);
            frame.nest = parent.nest + 1;
            frame.depth = parent.depth + 1;
            structure_depth = Some(frame.depth);
        } else if r & role::NESTING != 0 {
            frame.depth = parent.depth + 1;
            structure_depth = Some(frame.depth);
        } else if r & role::CLOSURE != 0 {
            frame.nest = parent.nest + 1;
        } else if r & role::LOGICAL_EXPR != 0 {
            add += self.logical_sequence(node, frame);
        } else if r & role::JUMP != 0 {
            let mut cursor = node.walk();
            let labeled =
                node.named_children(&mut cursor).any(|c| self.table.role(c.kind_id()) & role::LABEL != 0);
            add += u32::from(labeled);
        } else if r & role::GOTO != 0 {
            add += 1;
        } else if r & role::CALL != 0
            && parent.func != TOP
            && !self.functions[parent.func as usize].recursive
            && self.is_recursive_call(node, parent.func)
        {
            self.functions[parent.func as usize].recursive = true;
            add += 1;
        }
        if let Some(depth) = structure_depth
            && let Some(f) = self.function(parent.func)
        {
            f.max_depth = f.max_depth.max(depth);
        }
        if add > 0 {
            match self.function(parent.func) {
                Some(f) => f.cognitive += add,
                None => self.top_cognitive += add,
            }
        }
    }

    /// +1 when a logical operator starts a new sequence: its nearest logical ancestor
    /// (looking through parentheses) uses a different operator, or there is none.
    fn logical_sequence(&mut self, node: Node<'a>, frame: &mut Frame) -> u32 {
        // the `operator` field, or (Rust let chains, Bash lists) the first operator token
        let op = self.child(node, self.table.fields.operator).or_else(|| {
            let mut cursor = node.walk();
            node.children(&mut cursor).find(|c| self.table.role(c.kind_id()) & role::LOGICAL_OP != 0)
        });
        let Some(op) = op else { return 0 };
        if self.table.role(op.kind_id()) & role::LOGICAL_OP == 0 {
            return 0;
        }
        frame.logical_op = op.kind_id();
        let enclosing = self.stack.iter().rev().find(|f| f.role & role::PAREN == 0);
        match enclosing {
            Some(f) if f.role & role::LOGICAL_EXPR != 0 && f.logical_op == op.kind_id() => 0,
            _ => 1,
        }
    }

    /// A call of the enclosing function by its own name (`f()`, `self.f()`, `this.f()`).
    fn is_recursive_call(&self, node: Node<'a>, func: u32) -> bool {
        let Some(f) = (func != TOP).then(|| &self.functions[func as usize]) else { return false };
        let fields = self.table.fields;
        let callee = self.child(node, fields.function).or_else(|| self.child(node, fields.name));
        let Some(callee) = callee else { return false };
        let name = f.name.as_bytes();
        let bytes = |n: Node| &self.src[n.byte_range()];
        if callee.named_child_count() == 0 {
            if self.child(node, fields.object).is_some_and(|o| !matches!(bytes(o), b"this" | b"self")) {
                return false;
            }
            return bytes(callee) == name;
        }
        if matches!(callee.kind(), "index_expression" | "generic_function" | "generic_expression") {
            return callee.named_child(0).is_some_and(|n| n.named_child_count() == 0 && bytes(n) == name);
        }
        let count = callee.named_child_count();
        let (Some(first), Some(last)) = (callee.named_child(0), callee.named_child(count as u32 - 1)) else {
            return false;
        };
        matches!(bytes(first), b"self" | b"this" | b"Self") && bytes(last) == name
    }

    /// A child by field id (0: the grammar has no such field).
    #[inline]
    fn child(&self, node: Node<'a>, field: u16) -> Option<Node<'a>> {
        if field == 0 { None } else { node.child_by_field_id(field) }
    }

    fn import(&mut self, node: Node<'a>) {
        self.import_buf.clear();
        (self.table.spec.hooks.imports)(node, self.src, &mut self.import_buf);
        let line = node.start_position().row as u32 + 1;
        for module in self.import_buf.drain(..) {
            self.imports.push(Import { module, line, resolved: None });
        }
    }

    fn finish(self) -> FileMetrics {
        let lines = self.lines.summary();
        let (halstead, per_function) = self.halstead.finish(self.functions.len());
        let functions: Vec<FunctionMetrics> = self
            .functions
            .into_iter()
            .zip(per_function)
            .map(|(f, halstead)| {
                let code_lines = self.lines.code_rows(f.start_row, f.end_row);
                let cyclomatic = 1 + f.decisions;
                FunctionMetrics {
                    maintainability: maintainability_index(halstead.volume, cyclomatic, code_lines),
                    name: f.name,
                    qualified_name: f.qualified_name,
                    start_line: f.start_row as u32 + 1,
                    end_line: f.end_row as u32 + 1,
                    parameters: f.parameters,
                    cyclomatic,
                    cognitive: f.cognitive,
                    nesting_depth: u32::from(f.max_depth),
                    lines: code_lines,
                    halstead,
                    public: f.public,
                    documented: f.documented,
                }
            })
            .collect();
        let cognitive = self.top_cognitive + functions.iter().map(|f| f.cognitive).sum::<u32>();
        let cyclomatic = 1 + self.all_decisions;
        FileMetrics {
            maintainability: maintainability_index(halstead.volume, cyclomatic, lines.code),
            lines,
            parse_errors: self.parse_errors,
            cyclomatic,
            cognitive,
            classes: self.classes,
            halstead,
            documentation: self.docs,
            imports: self.imports,
            functions,
        }
    }
}

/// The last row a node covers (a node ending at column 0 ends on the row before).
fn end_row(node: Node) -> usize {
    let end = node.end_position();
    let start = node.start_position().row;
    if end.column == 0 && end.row > start { end.row - 1 } else { end.row }
}

/// `default:`, `case _:`, a case without a value.
fn is_default_case(node: Node, src: &[u8]) -> bool {
    let head = &src[node.start_byte()..node.end_byte().min(node.start_byte() + 8)];
    // `default:` (C family), `else ->` (Kotlin `when`)
    if head.starts_with(b"default") || head.starts_with(b"else") {
        return true;
    }
    match node.named_child(0) {
        // `case _:` (Python), `_ =>` (C# switch expressions), `*)` (Bash)
        Some(first) => matches!(&src[first.byte_range()], b"_" | b"*") || first.kind() == "discard",
        None => false,
    }
}

/// Parameters, from the `parameters` field (C: inside the declarator). A Go declaration
/// `a, b int` counts each name; C's `(void)` counts none.
fn count_parameters(node: Node, src: &[u8]) -> u32 {
    let mut list = node.child_by_field_name("parameters");
    if list.is_none() {
        if let Some(single) = node.child_by_field_name("parameter") {
            return u32::from(single.is_named());
        }
        // C: the innermost function declarator holds the function's own parameters
        // (`int (*getfn(void))(int)` returns a pointer to a function taking an int)
        let mut declarator = node.child_by_field_name("declarator");
        for _ in 0..16 {
            let Some(d) = declarator else { break };
            if let Some(p) = d.child_by_field_name("parameters") {
                list = Some(p);
            }
            declarator = d
                .child_by_field_name("declarator")
                .or_else(|| (d.kind() == "parenthesized_declarator").then(|| d.named_child(0)).flatten());
        }
        if list.is_none() {
            // Kotlin: the parameter list is a child without a field name
            let mut cursor = node.walk();
            list = node.named_children(&mut cursor).find(|c| c.kind().ends_with("_parameters"));
        }
    }
    let Some(list) = list else { return 0 };
    if list.kind() == "identifier" {
        return 1;
    }
    let mut cursor = list.walk();
    let mut count = 0;
    for p in list.children(&mut cursor) {
        let kind = p.kind();
        if !p.is_named() {
            // C++ spells a C-style variadic `...` as a bare token
            count += u32::from(kind == "...");
            continue;
        }
        let text = &src[p.byte_range()];
        if kind.contains("comment")
            || text == b"void"
            // Python's `/` and `*` markers are not parameters
            || matches!(kind, "positional_separator" | "keyword_separator")
            // TypeScript's `this: T` annotates the receiver
            || (kind == "required_parameter" && text.starts_with(b"this") && !text[4..].first().is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_'))
        {
            continue;
        }
        let mut c2 = p.walk();
        let names = p.children_by_field_name("name", &mut c2).count() as u32;
        count += names.max(1);
    }
    count
}
