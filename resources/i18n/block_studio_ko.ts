<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>FlatChain</name>
    <message>
        <source>forward calls self.{name} twice</source>
        <translation>forward가 self.{name}을(를) 두 번 호출합니다</translation>
    </message>
    <message>
        <source>its {kind} weights would be shared; a block uses each weighted layer once</source>
        <translation>그러면 {kind}의 가중치를 함께 쓰게 됩니다. 블록은 가중치가 있는 레이어를 한 번씩만 씁니다</translation>
    </message>
    <message>
        <source>a flat block reshapes only as x.view(x.size(0), -1) or x.view(-1, features)</source>
        <translation>평평한 블록은 x.view(x.size(0), -1) 또는 x.view(-1, features) 형태로만 모양을 바꿉니다</translation>
    </message>
    <message>
        <source>{call} (line {line}) -&gt; {kind}</source>
        <translation>{call}({line}번 줄) -&gt; {kind}</translation>
    </message>
    <message>
        <source>residual add `{code}` in forward</source>
        <translation>forward의 잔차 덧셈 `{code}`</translation>
    </message>
    <message>
        <source>concatenation `{code}` in forward</source>
        <translation>forward의 이어 붙이기 `{code}`</translation>
    </message>
    <message>
        <source>a flat block is one chain of layers</source>
        <translation>평평한 블록은 레이어가 한 줄로 이어진 사슬입니다</translation>
    </message>
    <message>
        <source>it reads an earlier value, not the one the line before computed; a flat block is one chain</source>
        <translation>바로 앞 줄이 계산한 값이 아니라 그보다 이전의 값을 읽습니다. 평평한 블록은 한 줄로 이어진 사슬입니다</translation>
    </message>
    <message>
        <source>forward does not return the value its last line computed</source>
        <translation>forward가 마지막 줄에서 계산한 값을 반환하지 않습니다</translation>
    </message>
    <message>
        <source>the layers of {names} are registered one by one</source>
        <translation>{names}의 레이어를 하나씩 따로 등록합니다</translation>
    </message>
    <message>
        <source>state_dict keys change (their shapes and order do not)</source>
        <translation>state_dict의 키 이름이 바뀝니다 (모양과 순서는 그대로입니다)</translation>
    </message>
    <message>
        <source>the OrderedDict names in self.{name} are not kept</source>
        <translation>self.{name}의 OrderedDict 이름은 유지되지 않습니다</translation>
    </message>
    <message>
        <source>self.{name} = nn.Sequential() passes its input through and is left out</source>
        <translation>self.{name} = nn.Sequential()은 입력을 그대로 내보내므로 빼 둡니다</translation>
    </message>
    <message>
        <source>forward calls self.{name} {count} times; each call becomes its own layer</source>
        <translation>forward가 self.{name}을(를) {count}번 호출합니다. 호출마다 별도의 레이어가 됩니다</translation>
    </message>
    <message>
        <source>functional calls become layers: {calls}</source>
        <translation>함수형 호출은 레이어가 됩니다: {calls}</translation>
    </message>
    <message>
        <source>layers are registered in the order forward calls them</source>
        <translation>레이어는 forward가 호출하는 순서대로 등록됩니다</translation>
    </message>
    <message>
        <source>__init__ order: {names}</source>
        <translation>__init__의 순서: {names}</translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation>forward의 `{code}`</translation>
    </message>
    <message>
        <source>self.{name} is built but forward never calls it</source>
        <translation>self.{name}을(를) 만들었지만 forward가 한 번도 호출하지 않습니다</translation>
    </message>
    <message>
        <source>forward applies {count} layers; a block holds at most {most}</source>
        <translation>forward가 레이어 {count}개를 적용합니다. 블록에는 최대 {most}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>argument {name} is not used by any layer and is not kept</source>
        <translation>인수 {name}은(는) 어떤 레이어에도 쓰이지 않으므로 유지되지 않습니다</translation>
    </message>
    <message>
        <source>argument {name} is not kept: its value {value} is built into the layers</source>
        <translation>인수 {name}은(는) 유지되지 않습니다: 그 값 {value}이(가) 레이어에 직접 들어갑니다</translation>
    </message>
    <message>
        <source>__init__ never calls super().__init__(): instantiating it fails (teaching mode)</source>
        <translation>__init__이 super().__init__()을 호출하지 않습니다: 인스턴스를 만들면 실패합니다 (교육 모드)</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> 외 {count}개</translation>
    </message>
    <message>
        <source>layer attributes are renamed: {names}{more}</source>
        <translation>레이어 속성 이름이 바뀝니다: {names}{more}</translation>
    </message>
    <message>
        <source>`{code}` at line {line}</source>
        <translation>{line}번 줄의 `{code}`</translation>
    </message>
    <message>
        <source>its input {shape} holds {have} values per sample, not {wanted}</source>
        <translation>입력 {shape}에는 샘플마다 값이 {wanted}개가 아니라 {have}개 있습니다</translation>
    </message>
    <message>
        <source>{kind} {param} is {value}</source>
        <translation>{kind}의 {param}이(가) {value}입니다</translation>
    </message>
    <message>
        <source>its input {shape} has {size} there</source>
        <translation>입력 {shape}의 해당 자리는 {size}입니다</translation>
    </message>
    <message>
        <source>the layer&apos;s input</source>
        <translation>레이어의 입력</translation>
    </message>
    <message>
        <source>the input shape {shape}: {size}</source>
        <translation>입력 모양 {shape}: {size}</translation>
    </message>
    <message>
        <source>the layer&apos;s input {shape}: {size}</source>
        <translation>레이어의 입력 {shape}: {size}</translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and Block Studio takes that size from {source}</source>
        <translation>파일의 어떤 호출도 값을 주지 않습니다. 이 인수는 {kind}의 {param}({line}번 줄)만 정하므로 유지되지 않으며, Block Studio는 그 크기를 다음에서 가져와 블록에 씁니다: {source}</translation>
    </message>
</context>
<context>
    <name>ForwardReader</name>
    <message>
        <source>forward must take exactly one input: forward(self, x)</source>
        <translation>순전파 메서드 (forward)는 입력을 정확히 하나 받아야 합니다: forward(self, x)</translation>
    </message>
    <message>
        <source>forward does not end with a return</source>
        <translation>forward가 return으로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>`{name}` is a tensor computed in forward</source>
        <translation>`{name}`은(는) forward에서 계산되는 텐서입니다</translation>
    </message>
    <message>
        <source>`{code}` after forward&apos;s return</source>
        <translation>forward의 return 뒤에 있는 `{code}`</translation>
    </message>
    <message>
        <source>`{name}` is used before it is assigned</source>
        <translation>`{name}`에 값을 대입하기 전에 사용합니다</translation>
    </message>
    <message>
        <source>its test is not fixed by __init__: {reason}</source>
        <translation>조건이 __init__에서 정해지지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>`{code}` in forward runs: its test is {value}</source>
        <translation>forward의 `{code}`을(를) 실행합니다: 조건이 {value}입니다</translation>
    </message>
    <message>
        <source>`{code}` in forward is skipped: its test is {value}</source>
        <translation>forward의 `{code}`을(를) 건너뜁니다: 조건이 {value}입니다</translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in forward</source>
        <translation>forward의 `{code}`은(는) 지원하지 않는 문장입니다</translation>
    </message>
    <message>
        <source>forward may assign, add to and return values computed by layers and torch functions</source>
        <translation>forward에서는 레이어와 torch 함수가 계산한 값을 대입하고, 더하고, 반환할 수 있습니다</translation>
    </message>
    <message>
        <source>forward has more than {count} operations</source>
        <translation>forward의 연산이 {count}개를 넘습니다</translation>
    </message>
    <message>
        <source>`{name}` in forward is not its input or a value computed before</source>
        <translation>forward의 `{name}`은(는) 입력도 아니고 앞에서 계산한 값도 아닙니다</translation>
    </message>
    <message>
        <source>forward calls self.{name}, which __init__ does not build</source>
        <translation>forward가 self.{name}을(를) 호출하지만 __init__은 이것을 만들지 않습니다</translation>
    </message>
    <message>
        <source>a module is called with one input</source>
        <translation>모듈은 입력 하나로 호출합니다</translation>
    </message>
    <message>
        <source>`{code}` in forward has no input</source>
        <translation>forward의 `{code}`에 입력이 없습니다</translation>
    </message>
    <message>
        <source>Block Studio has no {kind} yet</source>
        <translation>Block Studio의 블록에는 아직 {kind}이(가) 없습니다</translation>
    </message>
    <message>
        <source>`{code}` in forward has too many arguments</source>
        <translation>forward의 `{code}`에 인수가 너무 많습니다</translation>
    </message>
    <message>
        <source>argument {name} is not read</source>
        <translation>인수 {name}은(는) 읽지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` drops values with training={value}</source>
        <translation>`{code}`은(는) 학습 여부를 training={value}로 정해 값을 버립니다</translation>
    </message>
    <message>
        <source>{param}={value} is not supported</source>
        <translation>{param}={value}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` drops values in eval mode too (F.dropout&apos;s training is True by default)</source>
        <translation>`{code}`은(는) 평가 모드에서도 값을 버립니다 (F.dropout의 training(학습 여부)은 기본값이 True입니다)</translation>
    </message>
    <message>
        <source>the imported nn.Dropout drops only in train mode</source>
        <translation>가져온 nn.Dropout은 학습 모드에서만 값을 버립니다</translation>
    </message>
    <message>
        <source>`{code}` is written torch.flatten({tensor}, 1)</source>
        <translation>`{code}`은(는) torch.flatten({tensor}, 1)로 바꿔 씁니다</translation>
    </message>
    <message>
        <source>{method} multiplies the sizes after the batch: the same values</source>
        <translation>{method}은(는) 배치 뒤의 크기들을 모두 곱하므로 값이 같습니다</translation>
    </message>
    <message>
        <source>each size must be a constant or {tensor}.size(i)</source>
        <translation>각 크기는 상수이거나 {tensor}.size(i)여야 합니다</translation>
    </message>
    <message>
        <source>give the new shape&apos;s sizes</source>
        <translation>새 모양의 크기들을 적어 주세요</translation>
    </message>
    <message>
        <source>torch.cat of a literal list of tensors is read</source>
        <translation>이어 붙이기 (torch.cat)는 텐서를 리터럴 리스트로 적은 경우만 읽습니다</translation>
    </message>
    <message>
        <source>its dim is not a constant</source>
        <translation>dim이 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` in forward</source>
        <translation>forward의 `{code}`</translation>
    </message>
    <message>
        <source>`{code}` in forward: {param}</source>
        <translation>forward의 `{code}`: {param}</translation>
    </message>
    <message>
        <source>`{code}` in forward is not supported</source>
        <translation>forward의 `{code}`은(는) 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>GraphBlock</name>
    <message>
        <source>forward must return the value its last line computes</source>
        <translation>forward는 마지막 줄에서 계산한 값을 반환해야 합니다</translation>
    </message>
    <message>
        <source>forward has {count} steps; a block holds at most {most}</source>
        <translation>forward의 단계가 {count}개입니다. 블록에는 최대 {most}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>self.{name} is registered a second time inside a container and forward never calls it</source>
        <translation>self.{name}이(가) 컨테이너 안에 한 번 더 등록되었고 forward는 이것을 한 번도 호출하지 않습니다</translation>
    </message>
    <message>
        <source>a graph block infers a module&apos;s input size from a call of it; call self.{name} or drop it</source>
        <translation>그래프 블록은 모듈의 입력 크기를 그 모듈의 호출에서 알아냅니다. self.{name}을(를) 호출하거나 지워 주세요</translation>
    </message>
    <message>
        <source>graph blocks have no {function}</source>
        <translation>그래프 블록에는 {function}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{function} is written {spelling} (the same function)</source>
        <translation>{function}은(는) {spelling}(으)로 바꿔 씁니다 (같은 함수입니다)</translation>
    </message>
    <message>
        <source>no call in the file gives it a value; it only sets {kind} {param} (line {line}), so it is not kept and the size comes from the input: {size}</source>
        <translation>파일의 어떤 호출도 값을 주지 않습니다. 이 인수는 {kind}의 {param}({line}번 줄)만 정하므로 유지되지 않고, 크기는 입력에서 가져옵니다: {size}</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>{what} at line {line}</source>
        <translation>{what} ({line}번 줄)</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>class decorator @{code} is dropped</source>
        <translation>클래스 데코레이터 @{code}은(는) 버립니다</translation>
    </message>
    <message>
        <source>class keyword {code} is dropped</source>
        <translation>클래스 키워드 {code}은(는) 버립니다</translation>
    </message>
    <message>
        <source>method {name} is not imported</source>
        <translation>메서드 {name}은(는) 가져오지 않습니다</translation>
    </message>
    <message>
        <source>class statement `{code}` is not imported</source>
        <translation>클래스 문장 `{code}`은(는) 가져오지 않습니다</translation>
    </message>
    <message>
        <source>{method} has {count} statements</source>
        <translation>{method}의 문장이 {count}개입니다</translation>
    </message>
    <message>
        <source>a block holds at most {count} layers</source>
        <translation>블록에는 레이어를 최대 {count}개까지 담을 수 있습니다</translation>
    </message>
    <message>
        <source>{name} has no __init__ that builds layers</source>
        <translation>{name}에 레이어를 만드는 생성자 (__init__)가 없습니다</translation>
    </message>
    <message>
        <source>{name} has no forward method</source>
        <translation>{name}에 순전파 메서드 (forward)가 없습니다</translation>
    </message>
    <message>
        <source>__init__ has no self argument</source>
        <translation>__init__에 self 인수가 없습니다</translation>
    </message>
    <message>
        <source>__init__ argument {name} (*args/**kwargs) is not kept</source>
        <translation>__init__ 인수 {name}(*args/**kwargs)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>the super().__init__() call moves to the top of __init__</source>
        <translation>super().__init__() 호출은 __init__의 맨 위로 옮겨집니다</translation>
    </message>
    <message>
        <source>unsupported statement `{code}` in __init__</source>
        <translation>__init__의 `{code}`은(는) 지원하지 않는 문장입니다</translation>
    </message>
    <message>
        <source>__init__ may loop over constant lists and append layers</source>
        <translation>__init__에서는 상수 리스트를 반복하며 레이어를 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>local variable {name} (line {line}) is not a constant: {reason}</source>
        <translation>지역 변수 {name}({line}번 줄)이(가) 상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>local variable `{name} = {code}` is read as {value}</source>
        <translation>지역 변수 `{name} = {code}`을(를) {value}(으)로 읽습니다</translation>
    </message>
    <message>
        <source>`{code}` in __init__</source>
        <translation>__init__의 `{code}`</translation>
    </message>
    <message>
        <source>its test is not fixed by the file: {reason}</source>
        <translation>조건이 파일에서 정해지지 않습니다: {reason}</translation>
    </message>
    <message>
        <source> (from {names})</source>
        <translation> ({names}에서 정해짐)</translation>
    </message>
    <message>
        <source>`{code}` runs: its test is {value}{uses}</source>
        <translation>`{code}`을(를) 실행합니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>`{code}` is skipped: its test is {value}{uses}</source>
        <translation>`{code}`을(를) 건너뜁니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>`{code}` takes its else branch: its test is {value}{uses}</source>
        <translation>`{code}`은(는) else 쪽을 따릅니다: 조건이 {value}입니다{uses}</translation>
    </message>
    <message>
        <source>weight initialisation `{code}` is not kept</source>
        <translation>가중치 초기화 `{code}`은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>the imported block starts from torch&apos;s default initialisation</source>
        <translation>가져온 블록은 torch의 기본 초기화에서 시작합니다</translation>
    </message>
    <message>
        <source>{name} (line {line}) does nothing</source>
        <translation>{name}({line}번 줄)은(는) 아무 일도 하지 않습니다</translation>
    </message>
    <message>
        <source>call `{code}` in __init__</source>
        <translation>__init__의 호출 `{code}`</translation>
    </message>
    <message>
        <source>Block Studio cannot tell what it does without running it</source>
        <translation>Block Studio는 이 호출을 실행해 보지 않고는 무엇을 하는지 알 수 없어 블록으로 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>super().__init__() with arguments is not supported</source>
        <translation>인수가 있는 super().__init__()은 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` does not name this class and self</source>
        <translation>`{code}`이(가) 이 클래스와 self를 가리키지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` becomes super().__init__()</source>
        <translation>`{code}`은(는) super().__init__()이 됩니다</translation>
    </message>
    <message>
        <source>self.{name} is assigned again</source>
        <translation>self.{name}에 다시 대입합니다</translation>
    </message>
    <message>
        <source>the later module replaces the first</source>
        <translation>나중 모듈이 처음 모듈을 대신합니다</translation>
    </message>
    <message>
        <source>self.{name} (line {line}) is not a constant: {reason}</source>
        <translation>self.{name}({line}번 줄)이(가) 상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>self.{name} is a module and is then set to {code}</source>
        <translation>self.{name}은(는) 모듈인데 그 뒤에 {code}(으)로 바뀝니다</translation>
    </message>
    <message>
        <source>torchvision&apos;s API-usage logging; it does not change the module</source>
        <translation>torchvision의 API 사용 기록입니다. 모듈을 바꾸지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` is not kept</source>
        <translation>`{code}`은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>self.{name} = {code} is not part of the block and is not kept</source>
        <translation>self.{name} = {code}은(는) 블록의 일부가 아니므로 유지되지 않습니다</translation>
    </message>
</context>
<context>
    <name>ImportValues</name>
    <message>
        <source>`{code}` is not a number, string, bool or None</source>
        <translation>`{code}`은(는) 숫자, 문자열, bool, None 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>`{name}` is not a constant the file defines</source>
        <translation>`{name}`은(는) 파일이 정의하는 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` holds no value __init__ set before this line</source>
        <translation>`{code}`에는 이 줄 앞에서 __init__이 넣은 값이 없습니다</translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a size</source>
        <translation>항목이 {count}개인 리터럴은 크기로 보기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>a literal of {count} items is too long to be a config</source>
        <translation>항목이 {count}개인 리터럴은 설정으로 보기에는 너무 깁니다</translation>
    </message>
    <message>
        <source>`{code}` has no such item</source>
        <translation>`{code}`에 해당하는 항목이 없습니다</translation>
    </message>
    <message>
        <source>`{code}` is not a constant expression</source>
        <translation>`{code}`은(는) 상수 식이 아닙니다</translation>
    </message>
    <message>
        <source>`{code}`: only + - * / // % ** are computed</source>
        <translation>`{code}`: + - * / // % ** 연산만 계산합니다</translation>
    </message>
    <message>
        <source>`{code}` divides by zero</source>
        <translation>`{code}`은(는) 0으로 나눕니다</translation>
    </message>
    <message>
        <source>`{code}` is not a real number</source>
        <translation>`{code}`은(는) 실수가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}`: `in` tests are not computed</source>
        <translation>`{code}`: `in` 비교는 계산하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` compares values of different kinds</source>
        <translation>`{code}`은(는) 종류가 다른 값을 비교합니다</translation>
    </message>
    <message>
        <source>`{code}` is not arithmetic on numbers</source>
        <translation>`{code}`은(는) 숫자끼리의 산술 연산이 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` is too large to be a size</source>
        <translation>`{code}`은(는) 크기로 보기에는 너무 큽니다</translation>
    </message>
    <message>
        <source>at module level</source>
        <translation>모듈 최상위에서</translation>
    </message>
    <message>
        <source>in the class</source>
        <translation>클래스 안에서</translation>
    </message>
    <message>
        <source>`{name}` is bound more than once {where} (lines {first} and {second})</source>
        <translation>`{name}`이(가) {where} 두 번 이상 대입됩니다 ({first}번 줄과 {second}번 줄)</translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant</source>
        <translation>{where} 정의한 `{name}`({line}번 줄)은(는) 상수가 아닙니다</translation>
    </message>
    <message>
        <source>`{name}` {where} (line {line}) is not a constant: {reason}</source>
        <translation>{where} 정의한 `{name}`({line}번 줄)은(는) 상수가 아닙니다: {reason}</translation>
    </message>
</context>
<context>
    <name>InitArguments</name>
    <message>
        <source>argument {name} has no default</source>
        <translation>인수 {name}에 기본값이 없습니다</translation>
    </message>
    <message>
        <source>argument {name} has default {code}</source>
        <translation>인수 {name}의 기본값이 {code}입니다</translation>
    </message>
    <message>
        <source>not a constant: {reason}</source>
        <translation>상수가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>it gets {value} from the call at line {line}</source>
        <translation>{line}번 줄의 호출에서 값 {value}을(를) 받습니다</translation>
    </message>
    <message>
        <source>no call in the file gives it a value, so it takes Block Studio&apos;s default for {what}: {value}</source>
        <translation>파일의 어떤 호출도 값을 주지 않으므로 {what}에 Block Studio가 블록에 쓰는 기본값을 받습니다: {value}</translation>
    </message>
    <message>
        <source>give it one, or instantiate {name}(...) with constant values in the file</source>
        <translation>기본값을 주거나, 파일 안에서 상수 값으로 {name}(...)의 인스턴스를 만들어 주세요</translation>
    </message>
</context>
<context>
    <name>InputShape</name>
    <message>
        <source>argument {name} (input channels) is not kept</source>
        <translation>인수 {name}(입력 채널 수)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>Block Studio takes the input channels from the input shape</source>
        <translation>Block Studio는 블록의 입력 모양에서 입력 채널 수를 가져옵니다</translation>
    </message>
    <message>
        <source>argument {name} (input features) is not kept</source>
        <translation>인수 {name}(입력 특성 수)은(는) 유지되지 않습니다</translation>
    </message>
    <message>
        <source>Block Studio takes the input features from the input shape</source>
        <translation>Block Studio는 블록의 입력 모양에서 입력 특성 수를 가져옵니다</translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} channels; the first layer takes {size}</source>
        <translation>{line}번 줄의 예시 입력은 채널이 {count}개이지만 첫 레이어는 {size}개를 받습니다</translation>
    </message>
    <message>
        <source>the example input at line {line} has {count} features; the first layer takes {size}</source>
        <translation>{line}번 줄의 예시 입력은 특성이 {count}개이지만 첫 레이어는 {size}개를 받습니다</translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape is {shape}</source>
        <translation>파일에 예시 입력이 없습니다. 입력 모양은 {shape}입니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is solved from {what}</source>
        <translation>입력 모양 {shape}은(는) {what}에서 풀어 낸 것입니다</translation>
    </message>
    <message>
        <source>the smallest square input that flattens to {count} values</source>
        <translation>평탄화했을 때 값이 {count}개가 되는 가장 작은 정사각형 입력입니다</translation>
    </message>
    <message>
        <source>; {count} channel assumed</source>
        <translation>; 채널을 {count}개로 가정했습니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is read from `torch.randn(...)`-style call</source>
        <translation>입력 모양 {shape}은(는) `torch.randn(...)` 같은 호출에서 읽었습니다</translation>
    </message>
    <message>
        <source>the input shape {shape} is read from a comment ({layout})</source>
        <translation>입력 모양 {shape}은(는) 주석({layout})에서 읽었습니다</translation>
    </message>
    <message>
        <source>the file shows no example input; the input shape {shape} is a guess</source>
        <translation>파일에 예시 입력이 없습니다. 입력 모양 {shape}은(는) 추정값입니다</translation>
    </message>
</context>
<context>
    <name>LayerCalls</name>
    <message>
        <source>self.{name} = {code} is not a torch.nn layer</source>
        <translation>self.{name} = {code}은(는) torch.nn 레이어가 아닙니다</translation>
    </message>
    <message>
        <source>unsupported layer {name}</source>
        <translation>지원하지 않는 레이어 {name}</translation>
    </message>
    <message>
        <source>Block Studio builds {kinds}</source>
        <translation>Block Studio가 블록에 넣을 수 있는 레이어: {kinds}</translation>
    </message>
    <message>
        <source>nn.Sequential with keyword arguments is not supported</source>
        <translation>키워드 인수를 받는 순차 컨테이너 (nn.Sequential)는 지원하지 않습니다</translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential is not a layer __init__ built before</source>
        <translation>nn.Sequential 안의 `{code}`은(는) __init__이 앞에서 만든 레이어가 아닙니다</translation>
    </message>
    <message>
        <source>`{code}` inside nn.Sequential registers self.{name} a second time</source>
        <translation>nn.Sequential 안의 `{code}`이(가) self.{name}을(를) 한 번 더 등록합니다</translation>
    </message>
    <message>
        <source>the imported block builds it twice, so the two no longer share weights (state_dict keys and shapes are unchanged; load the same values into both)</source>
        <translation>가져온 블록은 이것을 두 번 만들므로 둘이 더 이상 가중치를 함께 쓰지 않습니다 (state_dict의 키와 모양은 그대로이니, 둘에 같은 값을 불러오세요)</translation>
    </message>
    <message>
        <source>unpacking a list is not read</source>
        <translation>리스트 풀기(*)는 읽지 않습니다</translation>
    </message>
    <message>
        <source>nn.Sequential inside nn.Sequential</source>
        <translation>nn.Sequential 안의 nn.Sequential (중첩된 순차 컨테이너)</translation>
    </message>
    <message>
        <source>`{code}` is not a torch.nn layer call</source>
        <translation>`{code}`은(는) torch.nn 레이어 호출이 아닙니다</translation>
    </message>
    <message>
        <source>give OrderedDict a literal list of (name, layer) pairs</source>
        <translation>OrderedDict에는 (이름, 레이어) 쌍을 리터럴 리스트로 주세요</translation>
    </message>
    <message>
        <source>`{code}` in OrderedDict</source>
        <translation>OrderedDict 안의 `{code}`</translation>
    </message>
    <message>
        <source>expected a (&quot;name&quot;, layer) pair</source>
        <translation>(&quot;이름&quot;, 레이어) 쌍이어야 합니다</translation>
    </message>
    <message>
        <source>OrderedDict names a layer twice</source>
        <translation>OrderedDict가 같은 레이어 이름을 두 번 씁니다</translation>
    </message>
    <message>
        <source>`{code}` calls helpers more than {depth} deep</source>
        <translation>`{code}`은(는) 도우미 함수를 {depth}단계보다 깊이 호출합니다</translation>
    </message>
    <message>
        <source>: {count} layers</source>
        <translation>: 레이어 {count}개</translation>
    </message>
    <message>
        <source>`{code}` is unrolled through {helper} (line {line}){size}</source>
        <translation>`{code}`은(는) {helper}({line}번 줄)을(를) 펼쳐서 읽었습니다{size}</translation>
    </message>
    <message>
        <source>`{code}` is read through {helper} (line {line}){size}</source>
        <translation>`{code}`은(는) {helper}({line}번 줄)을(를) 거쳐 읽었습니다{size}</translation>
    </message>
    <message>
        <source>a builder may loop over constant lists and append layers</source>
        <translation>레이어를 만드는 함수에서는 상수 리스트를 반복하며 레이어를 추가할 수 있습니다</translation>
    </message>
    <message>
        <source>{helper} takes *args or keyword-only arguments</source>
        <translation>{helper}은(는) *args나 키워드 전용 인수를 받습니다</translation>
    </message>
    <message>
        <source>`{code}` gives {helper} an unexpected argument {name}</source>
        <translation>`{code}`이(가) {helper}에 예상하지 못한 인수 {name}을(를) 줍니다</translation>
    </message>
    <message>
        <source>`{code}` does not give {helper} its argument {name}</source>
        <translation>`{code}`이(가) {helper}에 인수 {name}을(를) 주지 않습니다</translation>
    </message>
    <message>
        <source>{kind} with *args or **kwargs is not supported</source>
        <translation>*args나 **kwargs를 받는 {kind}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source>{kind} takes at most {most} positional arguments, got {count}</source>
        <translation>{kind}은(는) 위치 인수를 최대 {most}개 받지만 {count}개를 받았습니다</translation>
    </message>
    <message>
        <source>{kind} has no argument {name}</source>
        <translation>{kind}에는 인수 {name}이(가) 없습니다</translation>
    </message>
    <message>
        <source>{kind} gets {name} twice</source>
        <translation>{kind}이(가) {name}을(를) 두 번 받습니다</translation>
    </message>
    <message>
        <source>{kind} {param} = `{code}` is computed once as {value}</source>
        <translation>{kind}의 {param} = `{code}`을(를) 한 번 계산해 {value}(으)로 둡니다</translation>
    </message>
    <message>
        <source>it uses {names}, which stays an __init__ argument only where used alone</source>
        <translation>이 식은 {names}을(를) 쓰는데, 이것은 단독으로 쓰인 곳에서만 __init__ 인수로 남습니다</translation>
    </message>
    <message>
        <source>{kind} {param}={code} is not supported</source>
        <translation>{kind}의 {param}={code}은(는) 지원하지 않습니다</translation>
    </message>
    <message>
        <source> (argument {name})</source>
        <translation> (인수 {name})</translation>
    </message>
    <message>
        <source>{kind} needs {param}</source>
        <translation>{kind}에는 {param}이(가) 필요합니다</translation>
    </message>
    <message>
        <source>default `{code}` is not a literal</source>
        <translation>기본값 `{code}`이(가) 리터럴이 아닙니다</translation>
    </message>
</context>
<context>
    <name>ListBuilder</name>
    <message>
        <source>{function} returns no module</source>
        <translation>{function}이(가) 모듈을 반환하지 않습니다</translation>
    </message>
    <message>
        <source>{function} runs more than {count} statements</source>
        <translation>{function}이(가) 문장을 {count}개보다 많이 실행합니다</translation>
    </message>
    <message>
        <source>`{code}` in {function}</source>
        <translation>{function}의 `{code}`</translation>
    </message>
    <message>
        <source>`{code}` in {function}: range of non-integers</source>
        <translation>{function}의 `{code}`: 정수가 아닌 값의 range입니다</translation>
    </message>
    <message>
        <source>`{code}` in {function} loops too often</source>
        <translation>{function}의 `{code}`은(는) 너무 많이 반복합니다</translation>
    </message>
    <message>
        <source>{function} loops over `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 반복합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} tests `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 조건으로 검사합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} computes `{code}`: {reason}</source>
        <translation>{function}이(가) `{code}`을(를) 계산합니다: {reason}</translation>
    </message>
    <message>
        <source>{function} loops over `{code}`, not a list</source>
        <translation>{function}이(가) 리스트가 아닌 `{code}`을(를) 반복합니다</translation>
    </message>
    <message>
        <source>{function} builds more than {count} layers</source>
        <translation>{function}이(가) 레이어를 {count}개보다 많이 만듭니다</translation>
    </message>
    <message>
        <source>`{code}` in {function} is not a layer</source>
        <translation>{function}의 `{code}`은(는) 레이어가 아닙니다</translation>
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
        <translation>{name}({line}번 줄)을(를) 가져올 수 없습니다:</translation>
    </message>
    <message>
        <source>{count} module</source>
        <translation>모듈 {count}개</translation>
    </message>
    <message>
        <source>{count} modules</source>
        <translation>모듈 {count}개</translation>
    </message>
    <message>
        <source>{count} forward step</source>
        <translation>forward 단계 {count}개</translation>
    </message>
    <message>
        <source>{count} forward steps</source>
        <translation>forward 단계 {count}개</translation>
    </message>
    <message>
        <source>{modules} and {steps}</source>
        <translation>{modules}, {steps}</translation>
    </message>
    <message>
        <source>{count} layer</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>{count} layers</source>
        <translation>레이어 {count}개</translation>
    </message>
    <message>
        <source>{name} (line {line}): imported {what}</source>
        <translation>{name}({line}번 줄): {what}를 가져왔습니다</translation>
    </message>
    <message>
        <source>{file} is a folder, not a Python file</source>
        <translation>{file}은(는) Python 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>{file} is not a regular file</source>
        <translation>{file}은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation>{file}을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>{file} is larger than {size} bytes; not a model file</source>
        <translation>{file}이(가) {size}바이트보다 큽니다. 모델 파일이 아닙니다</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (bad byte at offset {offset})</source>
        <translation>{file}은(는) UTF-8 텍스트가 아닙니다 (오프셋 {offset}에 잘못된 바이트)</translation>
    </message>
    <message>
        <source>{file} has {count} lines; Block Studio reads model files of at most {most}</source>
        <translation>{file}은(는) {count}줄입니다. Block Studio는 최대 {most}줄까지의 모델 파일을 읽어 블록으로 가져옵니다</translation>
    </message>
    <message>
        <source>{name} (line {line})</source>
        <translation>{name}({line}번 줄)</translation>
    </message>
    <message>
        <source>{file} defines no nn.Module subclass</source>
        <translation>{file}에 nn.Module의 하위 클래스가 없습니다</translation>
    </message>
    <message>
        <source>{file} defines {count} nn.Module classes: {classes}; choose one</source>
        <translation>{file}에 nn.Module 클래스가 {count}개 있습니다: {classes}. 하나를 골라 주세요</translation>
    </message>
    <message>
        <source>{file} has no nn.Module class {name} (it has: {classes})</source>
        <translation>{file}에 nn.Module 클래스 {name}이(가) 없습니다 (있는 클래스: {classes})</translation>
    </message>
    <message>
        <source>{file}: expressions nested too deeply to read</source>
        <translation>{file}: 식이 너무 깊게 중첩되어 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>{file} line {line}: syntax error: {reason}</source>
        <translation>{file} {line}번 줄: 문법 오류: {reason}</translation>
    </message>
    <message>
        <source>{file}: syntax error: {reason}</source>
        <translation>{file}: 문법 오류: {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: expressions nested too deeply</source>
        <translation>{file}을(를) Python으로 해석할 수 없습니다: 식이 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>{file} cannot be parsed as Python: {reason}</source>
        <translation>{file}을(를) Python으로 해석할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>invalid source</source>
        <translation>잘못된 소스</translation>
    </message>
    <message>
        <source>the imported block cannot be saved: {reason}</source>
        <translation>가져온 블록을 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source> (a guess: the file shows no input)</source>
        <translation> (추정값: 파일에 입력이 나와 있지 않습니다)</translation>
    </message>
    <message>
        <source>the imported block does not run on input {shape}{guess}: {reason}</source>
        <translation>가져온 블록이 입력 {shape}{guess}에서 실행되지 않습니다: {reason}</translation>
    </message>
    <message>
        <source>read an nn.Module from a .py file (never run) into a project file</source>
        <translation>.py 파일의 nn.Module을 (실행하지 않고) 읽어 프로젝트 파일로 만듭니다</translation>
    </message>
    <message>
        <source>a Python file defining an nn.Module subclass; it is parsed, not executed</source>
        <translation>nn.Module의 하위 클래스를 정의하는 Python 파일. 구문만 분석하고 실행하지 않습니다</translation>
    </message>
    <message>
        <source>the class to import when the file defines several</source>
        <translation>파일에 클래스가 여럿일 때 가져올 클래스</translation>
    </message>
    <message>
        <source>write the project file (.json) here instead of printing it</source>
        <translation>프로젝트 파일(.json)을 출력하는 대신 여기에 씁니다</translation>
    </message>
    <message>
        <source>{file} is a folder; give a file name for -o</source>
        <translation>{file}은(는) 폴더입니다. -o에는 파일 이름을 주세요</translation>
    </message>
    <message>
        <source>-o {file} is the file being imported; writing there would replace it (give the project file another name)</source>
        <translation>-o {file}은(는) 가져오는 중인 파일입니다. 거기에 쓰면 원본이 바뀝니다 (프로젝트 파일에 다른 이름을 주세요)</translation>
    </message>
    <message>
        <source>{name} (line {line}) cannot be imported: {problems}</source>
        <translation>{name}({line}번 줄)을(를) 가져올 수 없습니다: {problems}</translation>
    </message>
    <message>
        <source>cannot write {file}: {reason}</source>
        <translation>{file}에 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>참고: {note}</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>오류: {message}</translation>
    </message>
</context>
</TS>
