<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FlatChain</name>
    <message>
        <source>forward calls self.{name} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its {kind} weights would be shared; a block uses each weighted layer once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flat block reshapes only as x.view(x.size(0), -1) or x.view(-1, features)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residual add `{code}` in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concatenation `{code}` in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flat block is one chain of layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it reads an earlier value, not the one the line before computed; a flat block is one chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward does not return the value its last line computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layers of {names} are registered one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state_dict keys change (their shapes and order do not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OrderedDict names in self.{name} are not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} = nn.Sequential() passes its input through and is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward calls self.{name} {count} times; each call becomes its own layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>functional calls become layers: {calls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers are registered in the order forward calls them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__init__ order: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} is built but forward never calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward applies {count} layers; a block holds at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {name} is not used by any layer and is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {name} is not kept: its value {value} is built into the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__init__ never calls super().__init__(): instantiating it fails (teaching mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer attributes are renamed: {names}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its input {shape} holds {have} values per sample, not {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {param} is {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its input {shape} has {size} there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input shape {shape}: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layer&apos;s input {shape}: {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and Block Studio takes that size from {source}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardReader</name>
    <message>
        <source>forward must take exactly one input: forward(self, x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward does not end with a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` is a tensor computed in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` after forward&apos;s return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` is used before it is assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its test is not fixed by __init__: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward runs: its test is {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward is skipped: its test is {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward may assign, add to and return values computed by layers and torch functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward has more than {count} operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` in forward is not its input or a value computed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward calls self.{name}, which __init__ does not build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a module is called with one input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward has no input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Studio has no {kind} yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward has too many arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {name} is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` drops values with training={value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{param}={value} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` drops values in eval mode too (F.dropout&apos;s training is True by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported nn.Dropout drops only in train mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is written torch.flatten({tensor}, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} multiplies the sizes after the batch: the same values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each size must be a constant or {tensor}.size(i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new shape&apos;s sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torch.cat of a literal list of tensors is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dim is not a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward: {param}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in forward is not supported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GraphBlock</name>
    <message>
        <source>forward must return the value its last line computes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forward has {count} steps; a block holds at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} is registered a second time inside a container and forward never calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a graph block infers a module&apos;s input size from a call of it; call self.{name} or drop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graph blocks have no {function}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} is written {spelling} (the same function)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and the size comes from the input: {size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>{what} at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>class decorator @{code} is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class keyword {code} is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method {name} is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class statement `{code}` is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method} has {count} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block holds at most {count} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no __init__ that builds layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no forward method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__init__ has no self argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__init__ argument {name} (*args/**kwargs) is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the super().__init__() call moves to the top of __init__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in __init__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>__init__ may loop over constant lists and append layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local variable {name} (line {line}) is not a constant: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local variable `{name} = {code}` is read as {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in __init__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its test is not fixed by the file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` runs: its test is {value}{uses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is skipped: its test is {value}{uses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` takes its else branch: its test is {value}{uses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight initialisation `{code}` is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported block starts from torch&apos;s default initialisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (line {line}) does nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call `{code}` in __init__</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Studio cannot tell what it does without running it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>super().__init__() with arguments is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` does not name this class and self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` becomes super().__init__()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} is assigned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the later module replaces the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} (line {line}) is not a constant: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} is a module and is then set to {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>torchvision&apos;s API-usage logging; it does not change the module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self.{name} = {code} is not part of the block and is not kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>`{code}` is not a number, string, bool or None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` is not a constant the file defines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` holds no value __init__ set before this line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` has no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is not a constant expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}`: only + - * / // % ** are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` divides by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is not a real number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}`: `in` tests are not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` compares values of different kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is not arithmetic on numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is too large to be a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at module level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` is bound more than once {where} (lines {first} and {second})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitArguments</name>
    <message>
        <source>argument {name} has no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {name} has default {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a constant: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it gets {value} from the call at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no call in the file gives it a value, so it takes Block Studio&apos;s default for {what}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give it one, or instantiate {name}(...) with constant values in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputShape</name>
    <message>
        <source>argument {name} (input channels) is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Studio takes the input channels from the input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument {name} (input features) is not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Studio takes the input features from the input shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} channels; the first layer takes {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} features; the first layer takes {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape is {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input shape {shape} is solved from {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the smallest square input that flattens to {count} values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} channel assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input shape {shape} is read from `torch.randn(...)`-style call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input shape {shape} is read from a comment ({layout})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape {shape} is a guess</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayerCalls</name>
    <message>
        <source>self.{name} = {code} is not a torch.nn layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported layer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block Studio builds {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.Sequential with keyword arguments is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential is not a layer __init__ built before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential registers self.{name} a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported block builds it twice, so the two no longer share weights (state_dict keys and shapes are unchanged; load the same values into both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpacking a list is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nn.Sequential inside nn.Sequential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is not a torch.nn layer call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give OrderedDict a literal list of (name, layer) pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in OrderedDict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a (&quot;name&quot;, layer) pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OrderedDict names a layer twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` calls helpers more than {depth} deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: {count} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is unrolled through {helper} (line {line}){size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` is read through {helper} (line {line}){size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a builder may loop over constant lists and append layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{helper} takes *args or keyword-only arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` gives {helper} an unexpected argument {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` does not give {helper} its argument {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} with *args or **kwargs is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} takes at most {most} positional arguments, got {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} has no argument {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} gets {name} twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {param} = `{code}` is computed once as {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses {names}, which stays an __init__ argument only where used alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} {param}={code} is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (argument {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default `{code}` is not a literal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListBuilder</name>
    <message>
        <source>{function} returns no module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} runs more than {count} statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in {function}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in {function}: range of non-integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in {function} loops too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} loops over `{code}`: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} tests `{code}`: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} computes `{code}`: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} loops over `{code}`, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{function} builds more than {count} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`{code}` in {function} is not a layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경설정</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Comments in generated code:</source>
        <translation>생성된 코드의 주석(&amp;C):</translation>
    </message>
    <message>
        <source>Generated code itself stays in English, as PyTorch is written; only its docstrings and comments follow this choice.</source>
        <translation>생성된 코드 자체는 PyTorch가 쓰이는 대로 영어로 남습니다. 독스트링과 주석만 이 선택을 따릅니다.</translation>
    </message>
</context>
<context>
    <name>PythonImport</name>
    <message>
        <source>{name} (line {line}) cannot be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} forward step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} forward steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{modules} and {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (line {line}): imported {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a Python file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is larger than {size} bytes; not a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has {count} lines; Block Studio reads model files of at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} defines no nn.Module subclass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} defines {count} nn.Module classes: {classes}; choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no nn.Module class {name} (it has: {classes})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: expressions nested too deeply to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} line {line}: syntax error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: syntax error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: expressions nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported block cannot be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a guess: the file shows no input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported block does not run on input {shape}{guess}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read an nn.Module from a .py file (never run) into a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Python file defining an nn.Module subclass; it is parsed, not executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class to import when the file defines several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the project file (.json) here instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o {file} is the file being imported; writing there would replace it (give the project file another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (line {line}) cannot be imported: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
