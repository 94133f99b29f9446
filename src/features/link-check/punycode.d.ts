/** Types for punycode.js (the package ships none): the two functions the link check uses. */
declare module 'punycode.js' {
  const punycode: {
    toUnicode(input: string): string;
    toASCII(input: string): string;
  };
  export default punycode;
}
