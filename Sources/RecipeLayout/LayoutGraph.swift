/// The input of a layered layout: sized nodes, edges, nested clusters and a direction.
///
/// Ids are dense indices: node `i` is `nodes[i]`, cluster `c` is `clusters[c]`. Sizes are in
/// SVG user units (pixels). The layout never reads labels; it only reserves their space.
public struct LayoutGraph: Sendable, Hashable {
    /// The direction ranks advance in.
    public enum Direction: String, Sendable, Hashable {
        case topToBottom = "TB", bottomToTop = "BT", leftToRight = "LR", rightToLeft = "RL"
    }

    /// A box to place: its size includes its shape's padding.
    public struct Node: Sendable, Hashable {
        /// Width in the final drawing (never rotated, whatever the direction).
        public var width: Double
        /// Height in the final drawing.
        public var height: Double
        /// The innermost cluster this node belongs to.
        public var cluster: Int?

        /// A node of the given size, optionally inside cluster `cluster`.
        public init(width: Double, height: Double, cluster: Int? = nil) {
            self.width = width
            self.height = height
            self.cluster = cluster
        }
    }

    /// An edge's end: a node, or a whole cluster (mermaid lets edges point at subgraphs).
    public enum Endpoint: Sendable, Hashable {
        /// Node `i` of `nodes`.
        case node(Int)
        /// Cluster `c` of `clusters`: the edge stops where it meets the cluster's box.
        case cluster(Int)
    }

    /// A directed edge; ranks advance from source to target unless it closes a cycle.
    public struct Edge: Sendable, Hashable {
        /// Where the edge starts.
        public var source: Endpoint
        /// Where the edge ends (its arrowhead, if any).
        public var target: Endpoint
        /// Minimum number of ranks between the ends (mermaid's `--->` is 2, `---->` 3).
        public var minLength: Int
        /// How hard ranking and ordering try to keep the edge short and straight (default 1).
        public var weight: Double
        /// Space to reserve for the label; zero when there is none.
        public var labelWidth: Double
        /// Height to reserve for the label; zero when there is none.
        public var labelHeight: Double

        /// An edge; sizes in SVG user units.
        public init(
            source: Endpoint, target: Endpoint, minLength: Int = 1, weight: Double = 1,
            labelWidth: Double = 0, labelHeight: Double = 0
        ) {
            self.source = source
            self.target = target
            self.minLength = minLength
            self.weight = weight
            self.labelWidth = labelWidth
            self.labelHeight = labelHeight
        }
    }

    /// A subgraph: its members are drawn inside its box.
    public struct Cluster: Sendable, Hashable {
        /// The enclosing cluster, for nested subgraphs.
        public var parent: Int?
        /// Width of the title; the box is at least this wide (plus padding).
        public var titleWidth: Double
        /// Height of the title band reserved at the top of the box. Mermaid reserves no room for
        /// titles: with both title sizes 0, boxes and nodes land where mermaid puts them.
        public var titleHeight: Double
        /// When set, the cluster is laid out on its own, ranks advancing this way, and placed in
        /// its parent as one box (mermaid's subgraph `direction`; ELK's SEPARATE_CHILDREN).
        /// Edges between its inside and the outside then end on its box. When nil, its members
        /// are laid out inline with the rest of the graph.
        public var direction: Direction?

        /// A cluster inside `parent` (nil: top level).
        public init(parent: Int? = nil, titleWidth: Double = 0, titleHeight: Double = 0, direction: Direction? = nil) {
            self.parent = parent
            self.titleWidth = titleWidth
            self.titleHeight = titleHeight
            self.direction = direction
        }
    }

    /// The direction ranks advance in.
    public var direction: Direction
    /// The nodes; their index is their id.
    public var nodes: [Node]
    /// The edges; their index is their id, and routes come back in this order.
    public var edges: [Edge]
    /// The clusters; their index is their id.
    public var clusters: [Cluster]
    /// Space between nodes in one rank.
    public var nodeSeparation: Double
    /// Space between ranks.
    public var rankSeparation: Double
    /// Space around the drawing.
    public var margin: Double
    /// Space between two parallel edge paths, and between an edge path and a cluster border
    /// (dagre's `edgesep`, 20 by default as in mermaid).
    public var edgeSeparation: Double

    /// A graph with mermaid's default spacing.
    public init(
        direction: Direction = .topToBottom, nodes: [Node] = [], edges: [Edge] = [],
        clusters: [Cluster] = [], nodeSeparation: Double = 50, rankSeparation: Double = 50,
        margin: Double = 8, edgeSeparation: Double = 20
    ) {
        self.direction = direction
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.nodeSeparation = nodeSeparation
        self.rankSeparation = rankSeparation
        self.margin = margin
        self.edgeSeparation = edgeSeparation
    }
}

/// A point in SVG user units; y grows downwards.
public struct LayoutPoint: Sendable, Hashable {
    /// Rightwards.
    public var x: Double
    /// Downwards.
    public var y: Double

    /// The point (x, y).
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle given by its centre and size.
public struct LayoutRect: Sendable, Hashable {
    /// The centre.
    public var center: LayoutPoint
    /// Extent along x.
    public var width: Double
    /// Extent along y.
    public var height: Double

    /// The rectangle of this size around `center`.
    public init(center: LayoutPoint, width: Double, height: Double) {
        self.center = center
        self.width = width
        self.height = height
    }

    /// Left side.
    public var minX: Double { center.x - width / 2 }
    /// Right side.
    public var maxX: Double { center.x + width / 2 }
    /// Top side.
    public var minY: Double { center.y - height / 2 }
    /// Bottom side.
    public var maxY: Double { center.y + height / 2 }
}

/// The output of a layout: where every node, edge, label and cluster box goes.
public struct LayoutResult: Sendable, Hashable {
    /// Where one edge goes.
    public struct EdgeRoute: Sendable, Hashable {
        /// The polyline from the source's border to the target's border (at least 2 points;
        /// inside each rank band it runs straight along the rank axis, so a smoothing curve
        /// through it, such as d3's curveBasis as mermaid draws, stays clear of other nodes).
        public var points: [LayoutPoint]
        /// The label's centre, when the edge has a label: on the path, in a slot of its own.
        public var labelCenter: LayoutPoint?

        /// A route through `points`.
        public init(points: [LayoutPoint], labelCenter: LayoutPoint? = nil) {
            self.points = points
            self.labelCenter = labelCenter
        }
    }

    /// One rectangle per input node, in input order.
    public var nodes: [LayoutRect]
    /// One route per input edge, in input order.
    public var edges: [EdgeRoute]
    /// One box per input cluster, in input order; it contains its members and nested boxes.
    public var clusters: [LayoutRect]
    /// Canvas width: everything placed (nodes, labels, boxes, edge points) plus the margin.
    public var width: Double
    /// Canvas height, like ``width``.
    public var height: Double

    /// A result with these parts.
    public init(nodes: [LayoutRect], edges: [EdgeRoute], clusters: [LayoutRect], width: Double, height: Double) {
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
        self.width = width
        self.height = height
    }
}
