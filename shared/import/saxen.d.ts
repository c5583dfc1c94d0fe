/** The slice of saxen (a SAX XML parser without DTD or entity expansion) that xlsx.ts uses. */
declare module 'saxen' {
  type Attributes = Record<string, string>;
  export class Parser {
    constructor(options?: { proxy?: false });
    on(event: 'openTag', cb: (name: string, attrs: () => Attributes, decode: (s: string) => string, selfClosing: boolean) => void): this;
    on(event: 'closeTag', cb: (name: string, decode: (s: string) => string, selfClosing: boolean) => void): this;
    on(event: 'text', cb: (value: string, decode: (s: string) => string) => void): this;
    on(event: 'cdata', cb: (value: string) => void): this;
    on(event: 'error', cb: (error: Error) => void): this;
    parse(xml: string): Error | undefined;
  }
}
