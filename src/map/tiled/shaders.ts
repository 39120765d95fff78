// The colour-table layer's shaders (GLSL ES 3.00): area row → colour from the table, per tile in tile units.

export const VERTEX = `#version 300 es
in vec2 a_pos;
in uint a_row;
uniform mat4 u_matrix;
uniform sampler2D u_table;
uniform int u_width;
out vec4 v_colour;
out vec2 v_pos;
void main() {
  int row = int(a_row);
  v_colour = texelFetch(u_table, ivec2(row % u_width, row / u_width), 0);
  v_pos = a_pos;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}`;

// Tiles overlap in their buffer: each draws only inside its own square, so a translucent fill is not doubled there.
// A row without colour (alpha 0) is "no data": the same 8 px diagonal hatch as the GeoJSON layer's pattern.
export const FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_colour;
in vec2 v_pos;
uniform float u_extent;
uniform float u_opacity;
uniform float u_pixel_ratio;
uniform vec3 u_nodata;
out vec4 fragColor;
void main() {
  if (v_pos.x < 0.0 || v_pos.y < 0.0 || v_pos.x >= u_extent || v_pos.y >= u_extent) discard;
  vec3 c = v_colour.rgb;
  if (v_colour.a < 0.5) {
    vec2 p = floor(gl_FragCoord.xy / u_pixel_ratio);
    c = mod(p.x - p.y, 8.0) < 2.0 ? vec3(110.0 / 255.0) : u_nodata;
  }
  fragColor = vec4(c * u_opacity, u_opacity);
}`;
